/**
 * Stage 07 on invented sentences (round 22): "B's <kin>, C, <verb> him" — the subject C is B's
 * relative named in apposition, so the object pronoun stands for B (arguments.ts objectPronoun;
 * find-interactions.ts ownTargets, kinApposed):
 * - "Mr Okello's wife, Ruth Okello, met him at the airport" → Ruth Okello met Okello;
 * - "Ivar Moe's mother, Elena Voss, thanked him" → Elena Voss thanked Ivar Moe.
 * Negative: a possessed thing, no relative ("B's name had been on the lists before X agreed to
 * free him") keeps the pronoun's person out (the act is told about B's name).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B's wife, C, met him → C met B": {
    s: "Mr Okello's wife, Ruth Okello, met him at Entebbe airport on Sunday night.",
    m: ["Okello", "Ruth Okello", "Entebbe:place"],
    rows: ["Ruth Okello -met-> Okello"]
  },
  "B's mother, C, thanked him → C thanked B": {
    s: "Ivar Moe's mother, Elena Voss, thanked him on the quay.",
    m: ["Ivar Moe", "Elena Voss"],
    rows: ["Elena Voss -thanked-> Ivar Moe"]
  },
  "negative (lists): B's name … before X agreed to free him": {
    s: "Ivar Moe's name had been on the lists nine times before the Sand Wolves agreed to free him.",
    m: ["Ivar Moe", "Sand Wolves:group"],
    rows: []
  }
};

describe("stage 07 (round 22): B's relative, C, met him", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
