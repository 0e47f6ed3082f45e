/**
 * Stage 07 on invented sentences (round 17): a person's trip told with "fly to" in the present or
 * the future is a visit, and an infinitive of purpose after it takes the traveller as subject:
 * - "A will fly to X to thank B" → A visited X, A thanked B;
 * - "A said she planned to fly to X on Monday" → A visited X.
 * Negatives: an airline's route (business), a sports club flying to a match (no person).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A will fly to X to thank B → visited and thanked": {
    s: "Achol Akech will fly to Lusaka to thank Bishop Dario Bellini.",
    m: ["Achol Akech", "Lusaka:place", "Dario Bellini"],
    rows: ["Achol Akech -visited-> Lusaka", "Achol Akech -thanked-> Dario Bellini"]
  },
  "A said she planned to fly to X on Monday → A visited X": {
    s: "Ines Mota said she planned to fly to Cotonou on Monday.",
    m: ["Ines Mota", "Cotonou:place"],
    rows: ["Ines Mota -visited-> Cotonou"]
  },
  "negative (business): an airline's route is no visit": {
    s: "Ruvuma Airways will fly to Cotonou three times a week from May.",
    m: ["Ruvuma Airways:organization", "Cotonou:place"],
    rows: []
  },
  "negative (sport): a club flying to a match is no person's visit": {
    s: "Ruvuma United are flying to Lusaka for the final.",
    m: ["Ruvuma United:organization", "Lusaka:place"],
    rows: []
  }
};

describe("round 17: trips told with 'fly to'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
