/**
 * Stage 07, round 32 (objects): an office's holder is named after a longer body, owned by a state and based in a city:
 * "held talks with the chairman of Lagoa's Porto-based Council for Coastal Recovery, B" → met B (arguments.ts
 * officeHolderAfter, OFFICE_BODY_REACH 8 → 12 tokens). Before, the body ran past the reach and the call had no one
 * at its other end.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "held talks with the chairman of X's Y-based Council for Coastal Recovery, B": {
    s: "Chancellor Ana Lopes held talks with the chairman of Lagoa's Porto-based Council for Coastal Recovery, Tomas Berg, her aides said.",
    m: ["Ana Lopes", "Lagoa:place", "Porto:place", "Council for Coastal Recovery:organization", "Tomas Berg"],
    rows: ["Ana Lopes -met-> Tomas Berg"]
  },
  "met the chairman of X's Y-based Council for Coastal Recovery, B, on Monday": {
    s: "Ana Lopes met the chairman of Lagoa's Porto-based Council for Coastal Recovery, Tomas Berg, on Monday.",
    m: ["Ana Lopes", "Lagoa:place", "Porto:place", "Council for Coastal Recovery:organization", "Tomas Berg"],
    d: ["Monday"],
    rows: ["Ana Lopes -met-> Tomas Berg"]
  },
  "thanked the chairman of the city's Porto-based Aire Rovers Football Club, B": {
    s: "The mayor, Rita Cruz, thanked the chairman of the northern city's Porto-based Aire Rovers Football Club, Jonas Eke, for the donation.",
    m: ["Rita Cruz", "Porto:place", "Aire Rovers Football Club:organization", "Jonas Eke"],
    rows: ["Rita Cruz -thanked-> Jonas Eke"]
  },
  "negative: the name after the body speaks ('…, B said')": {
    s: "Ana Lopes met the chairman of Lagoa's Porto-based Council for Coastal Recovery, Tomas Berg said.",
    m: ["Ana Lopes", "Lagoa:place", "Porto:place", "Council for Coastal Recovery:organization", "Tomas Berg"],
    rows: []
  },
  "negative: a person inside the body is no office's body ('the head of B's Porto-based party, C')": {
    s: "Ana Lopes met the head of Mark Hale's Porto-based party, Tomas Berg, on Monday.",
    m: ["Ana Lopes", "Mark Hale", "Porto:place", "Tomas Berg"],
    d: ["Monday"],
    rows: []
  }
};

describe("round 32: 'the head of X's Y-based Council for Coastal Recovery, B' → B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
