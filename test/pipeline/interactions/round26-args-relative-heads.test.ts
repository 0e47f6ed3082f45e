/**
 * Stage 07 on invented sentences (round 26), subjects and objects around a relative clause:
 * - a name after "by/with" that ends right at ", who/which" heads the relative clause, so it is the
 *   relative verb's subject ("B was received by A, who had promised her …" → A promised B; a person
 *   before "who", anyone after "by/with" before "which"; arguments.ts obliqueRelativeHead);
 * - an object "him/her" after "B, C's father," stands for B, the relative named in apposition, not
 *   for no one as after a bare "C's father" (arguments.ts objectPronoun).
 * Negatives: a place after "to/in" before "which" ("flown to X, which welcomed him") heads nothing
 * that acts; "rang B's grandmother and assured her" (the relative is unnamed) and a place in front
 * of the kin phrase ("visited X, B's home town, and assured her") give no promise row.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'B was received by A, who had promised her …' → A promised B": {
    s: "Lena Roth was received in Bergen on Saturday by Jonas Dahl, who had promised her in May that the search would go on.",
    m: ["Lena Roth", "Bergen:place", "Jonas Dahl"],
    rows: ["Jonas Dahl -met-> Lena Roth", "Jonas Dahl -promised-> Lena Roth"]
  },
  "positive: 'B sat down with A, who thanked her …' → A thanked B": {
    s: "Ana Vidal sat down with Piet Claes, who thanked her for the invitation.",
    m: ["Ana Vidal", "Piet Claes"],
    rows: ["Ana Vidal -met-> Piet Claes", "Piet Claes -thanked-> Ana Vidal"]
  },
  "positive: 'B was freed by the X Front, which had held him since May' → X held B": {
    s: "Kofi Boateng was freed by the Tamba Front, which had held him since May.",
    m: ["Kofi Boateng", "Tamba Front:group"],
    rows: ["Tamba Front -held-> Kofi Boateng", "Tamba Front -released-> Kofi Boateng"]
  },
  "positive: 'B, C's mother, was received by A, who had promised her …' → A promised B": {
    s: "Lena Roth, Ana's mother, was received in Bergen by the mayor, Jonas Dahl, who had promised her a new house.",
    m: ["Lena Roth", "Ana", "Bergen:place", "Jonas Dahl"],
    rows: ["Jonas Dahl -met-> Lena Roth", "Jonas Dahl -promised-> Lena Roth"]
  },
  "positive: 'A met the families, among them B, C's father, and promised him' → A promised B": {
    s: "Jonas Dahl met the flood victims' families, among them Kofi Boateng, Ama's father, and promised him that the search would go on.",
    m: ["Jonas Dahl", "Kofi Boateng", "Ama"],
    rows: ["Jonas Dahl -met-> Kofi Boateng", "Jonas Dahl -promised-> Kofi Boateng"]
  },
  "negative (a place after 'to' before 'which'): 'B was flown to X, which welcomed him' → no row": {
    s: "Kofi Boateng was flown to Accra, which welcomed him with a parade on Monday.",
    m: ["Kofi Boateng", "Accra:place"],
    rows: []
  },
  "negative (a place after 'in' before 'which'): 'The team was beaten in X, which cheered her' → no row": {
    s: "The team was beaten in Tamale, which cheered her all evening.",
    m: ["Tamale:place"],
    rows: []
  },
  "negative (the relative is unnamed): 'A rang B's grandmother and assured her' → no promise to B": {
    s: "Jonas Dahl rang Kofi Boateng's grandmother and assured her that the search would go on.",
    m: ["Jonas Dahl", "Kofi Boateng"],
    rows: []
  },
  "negative (no apposition: a person earlier in the sentence is not the relative): 'C met A, who rang B's grandmother and assured her' → no promise to C": {
    s: "Ana Vidal met Jonas Dahl, who rang Kofi Boateng's grandmother and assured her that the search would go on.",
    m: ["Ana Vidal", "Jonas Dahl", "Kofi Boateng"],
    rows: ["Ana Vidal -met-> Jonas Dahl"]
  },
  "negative (a place before the kin phrase): 'A visited X, B's home town, and assured her' → no promise row": {
    s: "Jonas Dahl visited Tamale, Ama's home town, and assured her that the search would go on.",
    m: ["Jonas Dahl", "Tamale:place", "Ama"],
    rows: ["Jonas Dahl -visited-> Tamale"]
  }
};

describe("round 26: relative heads after by/with and kin appositions", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
