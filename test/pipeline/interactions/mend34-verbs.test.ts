/**
 * Stage 07 on invented sentences: the mends of review 34 (helper mr34v) to round 34's verbs and idioms (sat with, under one
 * roof, together with, a bracketed go-between, a hold before a release).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F1: a seat shared on a jury, in a dugout or a studio, or in a chamber, is no visit even with a time spent after it.
  "F1: sat with B on the jury for three hours → none": {
    s: "Ana Ruiz sat with Karl Moss on the jury for three hours.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: []
  },
  "F1: sat with B in the dugout for the whole evening → none": {
    s: "Ana Ruiz sat with Karl Moss in the dugout for the whole evening.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: []
  },
  "F1: sat with B in the studio for an hour → none": {
    s: "Ana Ruiz sat with Karl Moss in the studio for an hour before the debate.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: []
  },
  "F1: sat with B in the House of Commons → none": {
    s: "Ana Ruiz sat with Karl Moss in the House of Commons.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: []
  },
  "F1 kept: sat with B at his house for an hour → met": {
    s: "Ana Ruiz sat with Karl Moss at his house for an hour after the fire.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: ["Ana Ruiz -met-> Karl Moss"]
  }
};

describe("stage 07, mend 34 (mr34v): round 34's verbs and idioms", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
