/**
 * Stage 07 on invented sentences (round 23): a person who hit or beat another person with a thing
 * to strike with attacked them (model interaction-verbs.ts, flag `instrument`, HITTING_INSTRUMENTS;
 * find-interactions.ts instrumentAfter):
 * - "A hit B with a plastic bottle" → A attacked B;
 * - "A beat B with a metal pipe" → the same.
 * Negatives: "hit B with a lawsuit" (no thing struck with) and "beat B in the final" (a game) name
 * no attack.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A hit B with a plastic bottle → A attacked B": {
    s: "The match was abandoned; the striker Kofi Mensah hit referee Sami Toure with a plastic bottle on Sunday, fans said.",
    m: ["Kofi Mensah", "Sami Toure"],
    rows: ["Kofi Mensah -attacked-> Sami Toure"]
  },
  "A beat B with a metal pipe → A attacked B": {
    s: "Police said a guard, Jonas Keita, beat the strike leader Omar Sall with a metal pipe outside the depot.",
    m: ["Jonas Keita", "Omar Sall"],
    rows: ["Jonas Keita -attacked-> Omar Sall"]
  },
  "negative (figurative): A hit B with a lawsuit: no attack": {
    s: "The club owner Kofi Mensah hit referee Sami Toure with a lawsuit on Monday.",
    m: ["Kofi Mensah", "Sami Toure"],
    rows: []
  },
  "negative (sport): A beat B in the final with a late goal: no attack": {
    s: "Kofi Mensah beat Sami Toure in the final with a late goal.",
    m: ["Kofi Mensah", "Sami Toure"],
    rows: []
  }
};

describe("stage 07 (round 23): hit with a thing", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
