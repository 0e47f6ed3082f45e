/**
 * Stage 07 on invented sentences (round 26): a subject "A and a/the <description>, B," before a
 * verb of meeting lists both persons, as "A and his counterpart, B," already did: "A and a senior X
 * Front figure, B, met in Lima" → A met B (arguments.ts describedConjunctOf, read by counterpartOf).
 * Negatives: the same words as an object ("Police arrested A and the gang's leader, B, on Monday":
 * no meeting), and a description with "of" ("A and the wife of the mayor, B, met": the name may be
 * either's) or naming a person ("A and the wife of C, B, met").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A and a senior X Front figure, B, met in Lima' → A met B": {
    s: "Jonas Dahl and a senior Tamba Front figure, Piet Claes, met in Lima on Monday.",
    m: ["Jonas Dahl", "Tamba Front:group", "Piet Claes", "Lima:place"],
    rows: ["Jonas Dahl -met-> Piet Claes"]
  },
  "positive: 'A and the strikers' leader, B, held talks' → A met B": {
    s: "Jonas Dahl and the strikers' leader, Piet Claes, held talks on Monday.",
    m: ["Jonas Dahl", "Piet Claes"],
    rows: ["Jonas Dahl -met-> Piet Claes"]
  },
  "negative (an object): 'Police arrested A and the gang's leader, B, on Monday' → no meeting": {
    s: "Police arrested Jonas Dahl and the gang's leader, Piet Claes, on Monday.",
    m: ["Jonas Dahl", "Piet Claes"],
    rows: []
  },
  "negative (a description with 'of', whose name may be either's): 'A and the wife of the mayor, B, met' → no row": {
    s: "Jonas Dahl and the wife of the mayor, Lena Roth, met on Monday.",
    m: ["Jonas Dahl", "Lena Roth"],
    rows: []
  },
  "negative (a person in the description): 'A and the wife of C, B, met' → no row": {
    s: "Jonas Dahl and the wife of Ana Vidal, Lena Roth, met on Monday.",
    m: ["Jonas Dahl", "Ana Vidal", "Lena Roth"],
    rows: []
  }
};

describe("round 26: 'A and a <description>, B,' as a subject list", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
