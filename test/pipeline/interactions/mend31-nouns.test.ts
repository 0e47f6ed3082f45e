/**
 * Stage 07 on invented sentences (mend 31, nouns): regressions of the review-31 findings on the round's noun rules
 * (/work/brief/REVIEW31-m31v-report.md).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "F1: a second round with a rival in an election is a run-off, no meeting": {
    s: "Ana Lopes qualified for a second round with Tom Reyes in the presidential election.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F1: heads for a second round with B on a date (a run-off)": {
    s: "Ana Lopes heads for a second round with Tom Reyes on May 4.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F1: came out for a third round with B (a bout)": {
    s: "Ana Lopes came out for a third round with Tom Reyes.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F1: pushed for a new round of talks with B (only sought)": {
    s: "Ana Lopes pushed for a new round of talks with Tom Reyes.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F1: returned for another round of golf with B (no talks)": {
    s: "Ana Lopes returned for another round of golf with Tom Reyes.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F6: talks between two persons that were cancelled are no meeting": {
    s: "Talks between Tom Reyes and Ana Lopes were cancelled.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes"]
  },
  "F6: talks between two persons expected next week are no meeting yet": {
    s: "Talks between Tom Reyes and Ana Lopes are expected next week.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes"]
  },
  "F6: talks only called for are no meeting": {
    s: "Sam Cole called for talks between Tom Reyes and Ana Lopes.",
    m: ["Sam Cole", "Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes"]
  }
};

describe("mend 31 nouns", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
