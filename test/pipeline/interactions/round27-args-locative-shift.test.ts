/**
 * Stage 07 on invented sentences (round 27): a place named after "at/in" right after the verb may
 * stand before the verb's object, which then still is its object ("received at the Vale Palace B on
 * Monday", "freed in Tarma B and C", as "received at the ministry B" already read; arguments.ts
 * personAfterLocative in objectsAfter; model LOCATIVE_SHIFT_PREPOSITIONS).
 * Negatives: a name that owns the object ("freed in Tarma B's brother") and a name that opens a
 * reporting clause ("met in Tarma B said").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A received at the X Palace B on Monday' → A met B": {
    s: "Ana Vidal received at the Vale Palace Piet Claes on Monday.",
    m: ["Ana Vidal", "Vale Palace:place", "Piet Claes"],
    rows: ["Ana Vidal -met-> Piet Claes"]
  },
  "positive: 'X freed in Tarma B and C' → X released B and C": {
    s: "The Delta Brigade freed in Tarma Piet Claes and Oskar Lind, two engineers.",
    m: ["Delta Brigade:group", "Tarma:place", "Piet Claes", "Oskar Lind"],
    rows: ["Delta Brigade -released-> Piet Claes", "Delta Brigade -released-> Oskar Lind"]
  },
  "negative (an owner): 'X freed in Tarma B's brother' → no row for B": {
    s: "The Delta Brigade freed in Tarma Piet Claes's brother.",
    m: ["Delta Brigade:group", "Tarma:place", "Piet Claes"],
    rows: []
  },
  "negative (a reporting clause): 'A met in Tarma B said' → no row": {
    s: "Ana Vidal met in Tarma Piet Claes said.",
    m: ["Ana Vidal", "Tarma:place", "Piet Claes"],
    rows: []
  }
};

describe("round 27: an object after a place right after the verb", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
