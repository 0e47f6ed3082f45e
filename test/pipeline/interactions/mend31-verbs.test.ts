/**
 * Stage 07 on invented sentences (mend 31, verbs): regressions of the review-31 findings on the round's verb rules
 * (/work/brief/REVIEW31-m31v-report.md).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "F2: two captives used as bargaining chips negotiated nothing": {
    s: "Tom Reyes and Ana Lopes were used as bargaining chips.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F2: two who are bargaining chips negotiated nothing": {
    s: "Tom Reyes and Ana Lopes are bargaining chips for the junta.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F2: two bargaining with an unnamed other side are no sides to each other": {
    s: "Tom Reyes and Ana Lopes bargained with the kidnappers for hours.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F2: two union leaders bargained for a pay rise (one side)": {
    s: "Tom Reyes and Ana Lopes, who lead the union, bargained for a 5% pay rise.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  }
};

describe("mend 31 verbs", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
