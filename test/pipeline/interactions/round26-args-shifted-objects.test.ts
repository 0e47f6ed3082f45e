/**
 * Stage 07 on invented sentences (round 26): a heavy object moved after the recipient ("handed over
 * to the Red Cross two miners, B and C", "handed over to Borduria B and C") is still the verb's
 * object: after "to" and a body or country named right after the verb, a count or a person's name
 * starts the object (arguments.ts shiftedObjectStart in objectsAfter).
 * Negatives: a count that is no object ("wrote to the X Front 12 times before B was freed"), a
 * sports score ("lost to Ruritania two sets to one"), and a person after "to" ("handed over to B
 * C's passport": no shift after a person, whose name may run on into the next).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A handed over to the Red Cross two miners, B and C' → A released B and C": {
    s: "The Tamba Front on Monday handed over to the Red Cross two miners, Ana Vidal and Piet Claes.",
    m: ["Tamba Front:group", "Red Cross:organization", "Ana Vidal", "Piet Claes"],
    rows: ["Tamba Front -released-> Ana Vidal", "Tamba Front -released-> Piet Claes"]
  },
  "positive: 'A handed over to the Red Cross two nationals of X, B and C, who …' → A released B and C": {
    s: "The Tamba Front handed over to the Red Cross two nationals of Peru, Ana Vidal and Piet Claes, who had been held for 40 days.",
    m: ["Tamba Front:group", "Red Cross:organization", "Peru:country", "Ana Vidal", "Piet Claes"],
    rows: ["Tamba Front -released-> Ana Vidal", "Tamba Front -released-> Piet Claes"]
  },
  "positive: 'X handed over to Y B and C on Monday' → X released B and C": {
    s: "Ruritania handed over to Borduria Ana Vidal and Piet Claes on Monday.",
    m: ["Ruritania:country", "Borduria:country", "Ana Vidal", "Piet Claes"],
    rows: ["Ruritania -released-> Ana Vidal", "Ruritania -released-> Piet Claes"]
  },
  "negative (a count that is no object): 'A wrote to the X Front 12 times before B was freed' → no row for B": {
    s: "Ana Vidal wrote to the Tamba Front 12 times before Piet Claes was freed.",
    m: ["Ana Vidal", "Tamba Front:group", "Piet Claes"],
    rows: []
  },
  "negative (a person after 'to'): 'A handed over to B C's passport' → no row for C": {
    s: "The Tamba Front handed over to Piet Claes Ana Vidal's passport.",
    m: ["Tamba Front:group", "Piet Claes", "Ana Vidal"],
    rows: []
  },
  "negative (a sports score): 'A lost to X two sets to one' → no row": {
    s: "Ana Vidal lost to Ruritania two sets to one in the final.",
    m: ["Ana Vidal", "Ruritania:country"],
    rows: []
  }
};

describe("round 26: a heavy object after the recipient", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
