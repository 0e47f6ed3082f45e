/**
 * Stage 07 on invented sentences (round 22): an object pronoun passes over the possessive owner
 * that only describes the clause's subject in apposition (arguments.ts objectPronoun):
 * - "A met C, B's mother, who asked him to help" → C asked A (him is A, not B).
 * Negatives: the relative of a possessive owner who is no apposition of the subject keeps no
 * antecedent ("A said that C met B's mother and thanked her": her is the mother, unnamed, not A).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met C, B's mother, who asked him → C asked A": {
    s: "On Friday Tomas Lind met Elena Voss, Ivar Moe's mother, who asked him to find her son.",
    m: ["Tomas Lind", "Elena Voss", "Ivar Moe"],
    rows: ["Tomas Lind -met-> Elena Voss", "Elena Voss -asked-> Tomas Lind"]
  },
  "negative (family): 'met B's mother and thanked her' thanks no one named": {
    s: "Tomas Lind said that Kofi Berg met Ivar Moe's mother and thanked her.",
    m: ["Tomas Lind", "Kofi Berg", "Ivar Moe"],
    rows: []
  }
};

describe("stage 07 (round 22): owners apposed to the subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
