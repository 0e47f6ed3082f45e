/**
 * Stage 07 on invented sentences (round 19): a district or town before a lowercase office names
 * the office of the person after it (arguments.ts titleHolder; "regent" in model titles.ts):
 * - "thanked B and <district> regent C" → thanked B and C, not the district;
 * - "urged <town> mayor C to …" → called on C.
 * Negatives: a place before a noun that is no office (sport: "<town> striker C" keeps no person
 * through the place), a place after "in" (where, not whose office).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "thanked B and <district> regent C → B and C": {
    s: "After the floods Ruben Osk thanked Piet Vossel and Karsava regent Arvo Kask for the shelters.",
    m: ["Ruben Osk", "Piet Vossel", "Karsava:place", "Arvo Kask"],
    rows: ["Ruben Osk -thanked-> Piet Vossel", "Ruben Osk -thanked-> Arvo Kask"]
  },
  "urged <town> mayor C to … → called on C": {
    s: "Dagny Holt urged Tarvel mayor Ilse Brand to reopen the talks.",
    m: ["Dagny Holt", "Tarvel:place", "Ilse Brand"],
    rows: ["Dagny Holt -called_on-> Ilse Brand"]
  },
  "negative (sport): a place before a player is no office": {
    s: "Dagny Holt thanked Tarvel striker Odd Mobek after the match.",
    m: ["Dagny Holt", "Tarvel:place", "Odd Mobek"],
    rows: ["Dagny Holt -thanked-> Tarvel"]
  },
  "negative: a place after 'in' is where, not whose office": {
    s: "Dagny Holt met in Tarvel mayor-elect supporters of Ilse Brand.",
    m: ["Dagny Holt", "Tarvel:place", "Ilse Brand"],
    rows: []
  }
};

describe("round 19: places naming an office", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
