/**
 * Stage 07 on invented sentences (round 24): a captive's state told with its holder is a hold
 * (detention.ts holdState; model interaction-detention.ts CAPTIVITY_NOUNS, HANDS_NOUN,
 * CAPTIVE_OF_NOUNS, HOLD_STATE_VERBS, HOLD_STATE_ADVERBS):
 * - "B remains in A captivity", "B is still in the hands of A", "B has been in the custody of A",
 *   "B remains a prisoner of A" → A held B.
 * Negatives: negation ("is no longer in"), a possessed subject ("B's fate is in the hands of A"),
 * no person subject ("the title is in the hands of A"), a person as holder ("in the custody of B,
 * her mother"), a phrase that is no complement of a state verb ("after 200 days in A captivity",
 * "freed from A captivity").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'B, <age>, remains in A captivity' → A held B": {
    s: "Her cousin, Tomas Berg, 41, remains in Lakeside Brigade captivity.",
    m: ["Tomas Berg", "Lakeside Brigade:group"],
    rows: ["Lakeside Brigade -held-> Tomas Berg"]
  },
  "positive: 'B, who …, is still in the hands of A' → A held B": {
    s: "Her cousin, Tomas Berg, who was taken from the same farm near Orvik, is still in the hands of the Delta Movement.",
    m: ["Tomas Berg", "Orvik:place", "Delta Movement:group"],
    rows: ["Delta Movement -held-> Tomas Berg"]
  },
  "positive: 'B remains a prisoner of A, <speaker> said' → A held B": {
    s: "Captain Ivo Maric remains a prisoner of Serbia, his wife told reporters.",
    m: ["Ivo Maric", "Serbia:country"],
    rows: ["Serbia -held-> Ivo Maric"]
  },
  "positive: 'B has been in the custody of A since May' → A held B": {
    s: "The pilot Ana Vidal has been in the custody of the Coastal Front since May.",
    m: ["Ana Vidal", "Coastal Front:group"],
    rows: ["Coastal Front -held-> Ana Vidal"]
  },
  "negative (negation: 'is no longer in A captivity'): no hold": {
    s: "Tomas Berg is no longer in Lakeside Brigade captivity.",
    m: ["Tomas Berg", "Lakeside Brigade:group"],
    rows: []
  },
  "negative (sport, possessed subject: 'B's fate is in the hands of A'): no hold": {
    s: "Marco Rossi's fate is in the hands of the Italian Football Federation.",
    m: ["Marco Rossi", "Italian Football Federation:organization"],
    rows: []
  },
  "negative (sport, no person subject: 'the title is in the hands of A'): no hold": {
    s: "With two games left, the title is in the hands of Ajax.",
    m: ["Ajax:organization"],
    rows: []
  },
  "negative (family law, a person holder: 'in the custody of B, her mother'): no hold": {
    s: "The girl, Lena Roth, is in the custody of Greta Roth, her mother.",
    m: ["Lena Roth", "Greta Roth"],
    rows: []
  },
  "negative (a time span, no state verb: 'was back in X after N days in A captivity'): no hold": {
    s: "Tomas Berg was back in Orvik after 200 days in Lakeside Brigade captivity.",
    m: ["Tomas Berg", "Orvik:place", "Lakeside Brigade:group"],
    rows: []
  },
  "negative (idiom: 'B is a prisoner of his own past'): no hold": {
    s: "Tomas Berg is a prisoner of his own past, the Lakeside Brigade's founder wrote.",
    m: ["Tomas Berg", "Lakeside Brigade:group"],
    rows: []
  }
};

describe("stage 07 round 24: hold states", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
