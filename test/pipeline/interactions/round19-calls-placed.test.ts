/**
 * Stage 07 on invented sentences (round 19): a call placed on a person and told with no content is
 * a meeting (docs/evaluation.md); told with content, the content only (model interaction-calls.ts
 * CALLING_VERBS; interactions/calls.ts callerObject, contentAfter):
 * - "A called B on Tuesday night" → A met B;
 * - "A phoned B's mother, C, on Sunday" → A met C;
 * - "A telephoned B late on Monday, the office said" → A met B;
 * - "A called B on Friday and promised her …" → A promised B only.
 * Negatives: "called B a traitor" (courts: a name for B, no call), "called B into the squad"
 * (sport), a call with content the rows do not name ("…, and invited the family": no meeting),
 * "the so-called envoy B", "called the kidnapping a crime" (no person).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A called B on Tuesday night → met": {
    s: "President Dagny Holt called Ruben Osk on Tuesday night, the palace said.",
    m: ["Dagny Holt", "Ruben Osk"],
    rows: ["Dagny Holt -met-> Ruben Osk"]
  },
  "A phoned B's mother, C, on Sunday → met C": {
    s: "Dagny Holt phoned Piet Vossel's mother, Ilse Brand, on Sunday.",
    m: ["Dagny Holt", "Piet Vossel", "Ilse Brand"],
    rows: ["Dagny Holt -met-> Ilse Brand"]
  },
  "A telephoned B late on Monday → met": {
    s: "Arvo Kask telephoned Greta Volk late on Monday, his office said.",
    m: ["Arvo Kask", "Greta Volk"],
    rows: ["Arvo Kask -met-> Greta Volk"]
  },
  "A called B on Friday and promised her … → promised only": {
    s: "Dagny Holt called Ilse Brand on Friday and promised her that the talks would go on.",
    m: ["Dagny Holt", "Ilse Brand"],
    rows: ["Dagny Holt -promised-> Ilse Brand"]
  },
  "negative (courts): called B a traitor places no call": {
    s: "The prosecutor Arvo Kask called Odd Mobek a traitor in court.",
    m: ["Arvo Kask", "Odd Mobek"],
    rows: []
  },
  "negative (sport): called B into the squad places no call": {
    s: "Coach Greta Volk called Odd Mobek into the squad on Monday.",
    m: ["Greta Volk", "Odd Mobek"],
    rows: []
  },
  "negative: a call with content no row names is no meeting": {
    s: "Dagny Holt called Ilse Brand on Saturday, the office said, and invited the family to Tirana.",
    m: ["Dagny Holt", "Ilse Brand", "Tirana:place"],
    rows: []
  },
  "negative: the so-called envoy B is no call": {
    s: "Dagny Holt named the so-called envoy Piet Vossel, the paper said.",
    m: ["Dagny Holt", "Piet Vossel"],
    rows: []
  },
  "negative: called the kidnapping a crime names no person called": {
    s: "Dagny Holt called the kidnapping of Piet Vossel a crime on Monday.",
    m: ["Dagny Holt", "Piet Vossel"],
    rows: []
  }
};

describe("round 19: calls placed on a person", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
