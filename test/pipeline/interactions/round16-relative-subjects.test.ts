/**
 * Stage 07 on invented sentences (round 16): in "A thanked B, and C, who …, criticised D" C is
 * no object of A's verb: the ", who/which …," clause after C ends in a verb of C's own.
 * Negatives: a relative clause followed by no verb keeps C listed; ", that …" (what was promised
 * or said) is no relative clause of C.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A expressed gratitude to B, and C, who …, condemned D → A thanked B only": {
    s: "Reactions were mixed: Mayor Lena Brook expressed her gratitude to Tomas Ek, and Arvid Holm, who chairs the port board, condemned the mayor for it.",
    m: ["Lena Brook", "Tomas Ek", "Arvid Holm"],
    rows: ["Lena Brook -thanked-> Tomas Ek"]
  },
  "a body after \"and\" with a \"which\" clause and a verb of its own is no object": {
    s: "The Delta Front freed Tomas Ek, and the Harbour Guild, which had paid for his food, welcomed the news.",
    m: ["Delta Front:organization", "Tomas Ek", "Harbour Guild:organization"],
    rows: ["Delta Front -released-> Tomas Ek"]
  },
  "A released B, and C, who …, returned home → released B only": {
    s: "The Delta Front released Tomas Ek, and Arvid Holm, who was seized in March, walked free a day later.",
    m: ["Delta Front:organization", "Tomas Ek", "Arvid Holm"],
    rows: ["Delta Front -released-> Tomas Ek"]
  },
  "negative: a relative clause with no verb after it keeps C listed": {
    s: "The Delta Front released Tomas Ek and Arvid Holm, who was seized in March, on Friday.",
    m: ["Delta Front:organization", "Tomas Ek", "Arvid Holm"],
    rows: ["Delta Front -released-> Tomas Ek", "Delta Front -released-> Arvid Holm"]
  },
  "negative: \", that …\" after C is what was promised, C stays listed": {
    s: "Lena Brook promised Tomas Ek and his sister, Inga Ek, that the city would help, once the floods passed.",
    m: ["Lena Brook", "Tomas Ek", "Inga Ek"],
    rows: ["Lena Brook -promised-> Tomas Ek", "Lena Brook -promised-> Inga Ek"]
  }
};

describe("round 16: a conjunct heading a relative clause and a verb of its own", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
