/**
 * Stage 07 on invented sentences (round 24): a hold participle coordinated with an abduction
 * passive shares its agent and patient (detention.ts heldAfterAbduction, model
 * interaction-detention.ts ABDUCTION_HOLD_PARTICIPLES / ABDUCTION_HOLD_ADVERBS / ABDUCTION_HOLD_NEXT):
 * - "B was kidnapped by A in May and held for 40 days" → A abducted B and A held B.
 * Negatives: "and held talks/his place" (another verb with its object), "and held by C" (its own
 * agent), "but never held", and a comma before "and" (another clause) add no hold. Review 24 F2: a
 * later "by C" in the participle's clause ("held for ransom by a rival gang") and idioms ("held in high
 * regard / in contempt", "kept in touch", "held on to", "kept on working") add none either.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'kidnapped by A in <month> and held for N days' → A held B": {
    s: "The engineer Piet Claes was kidnapped by the Lakeside Brigade in March and held for 112 days.",
    m: ["Piet Claes", "Lakeside Brigade:group"],
    rows: ["Lakeside Brigade -abducted-> Piet Claes", "Lakeside Brigade -held-> Piet Claes"]
  },
  "positive: reduced relative 'B, captured by A near X in <year> and held for N months, …'": {
    s: "The surveyor Ivo Maric was captured by the Northern Army at a roadblock outside Velika and held for six weeks, his employer said.",
    m: ["Ivo Maric", "Northern Army:organization", "Velika:place"],
    rows: ["Northern Army -abducted-> Ivo Maric", "Northern Army -held-> Ivo Maric"]
  },
  "positive: two patients, 'abducted by A from their farm on <date> and held for N days'": {
    s: "Two aid workers, Lena Roth and Jonas Roth, were kidnapped by the Coastal Front in the hills and held until the rains came.",
    m: ["Lena Roth", "Jonas Roth", "Coastal Front:group"],
    rows: ["Coastal Front -abducted-> Lena Roth", "Coastal Front -abducted-> Jonas Roth", "Coastal Front -held-> Lena Roth", "Coastal Front -held-> Jonas Roth"]
  },
  "positive: 'seized by A and later held captive in a cave'": {
    s: "Ana Vidal was seized by the Delta Movement and later held captive in a cave.",
    m: ["Ana Vidal", "Delta Movement:group"],
    rows: ["Delta Movement -abducted-> Ana Vidal", "Delta Movement -held-> Ana Vidal"]
  },
  "negative (another verb: 'and held talks with C'): no hold": {
    s: "Ana Vidal was kidnapped by the Delta Movement and held talks with Omar Diallo after her release.",
    m: ["Ana Vidal", "Delta Movement:group", "Omar Diallo"],
    rows: ["Delta Movement -abducted-> Ana Vidal", "Ana Vidal -met-> Omar Diallo"]
  },
  "negative (sport: 'captured by <club> … and held his place'): no hold": {
    s: "Marco Rossi was captured by Ajax in the January window and held his place in the side.",
    m: ["Marco Rossi", "Ajax:organization"],
    rows: ["Ajax -abducted-> Marco Rossi"]
  },
  "negative (its own agent: 'and held by C'): the abductor holds nothing": {
    s: "Ana Vidal was kidnapped by the Delta Movement and held by the Hill Brigade for a year.",
    m: ["Ana Vidal", "Delta Movement:group", "Hill Brigade:group"],
    rows: ["Delta Movement -abducted-> Ana Vidal"]
  },
  "negative (negation: 'but never held for long'): no hold": {
    s: "Ana Vidal was seized by the Delta Movement but never held for long.",
    m: ["Ana Vidal", "Delta Movement:group"],
    rows: ["Delta Movement -abducted-> Ana Vidal"]
  },
  "negative (another clause after a comma: ', and held a vigil'): no hold": {
    s: "Ana Vidal was seized by the Delta Movement, and her village held a vigil for 40 days.",
    m: ["Ana Vidal", "Delta Movement:group"],
    rows: ["Delta Movement -abducted-> Ana Vidal"]
  },
  "negative (review 24 F2: held for ransom by another agent): the abduction only": {
    s: "Tom Hale was kidnapped by the Red Brigade and held for ransom by a rival gang, police said.",
    m: ["Tom Hale", "the Red Brigade:group"],
    rows: ["the Red Brigade -abducted-> Tom Hale"]
  },
  "negative (review 24 F2: held in a place by another agent): the abduction only": {
    s: "Tom Hale was abducted by the Red Brigade in May and held in a forest by the Blue Front.",
    m: ["Tom Hale", "the Red Brigade:group", "the Blue Front:group"],
    rows: ["the Red Brigade -abducted-> Tom Hale"]
  },
  "negative (review 24 F2: 'held on to power'): the abduction only": {
    s: "Tom Hale was abducted by the Red Brigade in 2019 and held on to power in Ruritania after his release.",
    m: ["Tom Hale", "the Red Brigade:group", "Ruritania:country"],
    rows: ["the Red Brigade -abducted-> Tom Hale"]
  },
  "negative (review 24 F2: 'held in high regard'): the abduction only": {
    s: "Tom Hale was kidnapped by the Red Brigade in 2010 and held in high regard by his colleagues.",
    m: ["Tom Hale", "the Red Brigade:group"],
    rows: ["the Red Brigade -abducted-> Tom Hale"]
  },
  "negative (review 24 F2: 'held in contempt of court'): the abduction only": {
    s: "Tom Hale was kidnapped by the Red Brigade in 2010 and held in contempt of court in 2015.",
    m: ["Tom Hale", "the Red Brigade:group"],
    rows: ["the Red Brigade -abducted-> Tom Hale"]
  },
  "negative (review 24 F2: 'kept in touch'): the abduction only": {
    s: "Tom Hale was kidnapped by the Red Brigade in 2010 and kept in touch with his family by phone.",
    m: ["Tom Hale", "the Red Brigade:group"],
    rows: ["the Red Brigade -abducted-> Tom Hale"]
  },
  "negative (review 24 F2: 'kept on working'): the abduction only": {
    s: "Tom Hale was abducted by the Red Brigade in 2010 and kept on working for the charity after his release.",
    m: ["Tom Hale", "the Red Brigade:group"],
    rows: ["the Red Brigade -abducted-> Tom Hale"]
  },
  "positive (review 24 F2 right: 'and kept there for a month')": {
    s: "Tom Hale was abducted by the Red Brigade and kept there for a month.",
    m: ["Tom Hale", "the Red Brigade:group"],
    rows: ["the Red Brigade -abducted-> Tom Hale", "the Red Brigade -held-> Tom Hale"]
  }
};

describe("stage 07 round 24: abducted by A and held", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
