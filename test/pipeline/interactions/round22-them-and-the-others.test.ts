/**
 * Stage 07 on invented sentences (round 22): "them" after a conjunct verb takes in the one person
 * named with "and the other <noun>" (find-interactions.ts sharedThem; arguments.ts withTheOthers;
 * model argument-words.ts OTHER_MEMBER_WORDS):
 * - "A visited B and the other drivers in X and promised them compensation" → A promised B;
 * - "A met B and his fellow crew members and assured them …" → A promised B.
 * Negative: one person alone ("A visited B in X and promised them …"): "them" is not B.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A visited B and the other drivers and promised them compensation → A promised B": {
    s: "Transport Minister Kwame Asare visited Kojo Badu and the other drivers in Kumasi on Friday and promised them compensation.",
    m: ["Kwame Asare", "Kojo Badu", "Kumasi:place"],
    rows: ["Kwame Asare -visited-> Kojo Badu", "Kwame Asare -promised-> Kojo Badu"]
  },
  "A met B and his fellow crew members and assured them → A promised B": {
    s: "Port chief Lena Dahl met Ivar Moe and his fellow crew members at the quay and assured them of new contracts.",
    m: ["Lena Dahl", "Ivar Moe"],
    rows: ["Lena Dahl -met-> Ivar Moe", "Lena Dahl -promised-> Ivar Moe"]
  },
  "negative (transport): one person alone is not 'them'": {
    s: "Transport Minister Kwame Asare visited Kojo Badu in Kumasi on Friday and promised them compensation.",
    m: ["Kwame Asare", "Kojo Badu", "Kumasi:place"],
    rows: ["Kwame Asare -visited-> Kojo Badu"]
  }
};

describe("stage 07 (round 22): 'them' over B and the others", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
