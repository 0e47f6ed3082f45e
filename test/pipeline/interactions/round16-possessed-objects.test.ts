/**
 * Stage 07 on invented sentences (round 16): "A met B's sister, C, … and promised her …": the
 * relative named after the owner's possessive is the object (met and promised), not the owner.
 * Negatives: an unnamed relative ("visited B's parents") stays no row; the owner is never the object.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A received B's brother, C, and promised him … → met and promised C": {
    s: "Mayor Tove Lund met Kai Berg's brother, Nils Berg, at city hall in June and promised him that the search would go on.",
    m: ["Tove Lund", "Kai Berg", "Nils Berg"],
    rows: ["Tove Lund -met-> Nils Berg", "Tove Lund -promised-> Nils Berg"]
  },
  "A thanked B's wife C (no commas) → thanked C": {
    s: "Tove Lund thanked Kai Berg's wife Ella Berg for her letters.",
    m: ["Tove Lund", "Kai Berg", "Ella Berg"],
    rows: ["Tove Lund -thanked-> Ella Berg"]
  },
  "negative: an unnamed relative is no row, nor the owner": {
    s: "Tove Lund met Kai Berg's parents at city hall in June.",
    m: ["Tove Lund", "Kai Berg"],
    rows: []
  }
};

describe("round 16: a relative named after a possessive owner is the object", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
