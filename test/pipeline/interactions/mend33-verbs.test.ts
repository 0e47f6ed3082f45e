/**
 * Stage 07, mend 33 (verbs and nouns): regressions found reviewing round 33's rules, each an invented sentence that gave
 * a wrong row on the round's code (docs: /work/brief/REVIEW33-mr33v-report.md, F-numbers below).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F1: a coordinated "and kept B …" with its object after the verb holds no one.
  "F1: 'A thanked B and kept C waiting' (no hold)": {
    s: "Tom Berg thanked Ana Lee and kept Omar Saleh waiting.",
    m: ["Tom Berg", "Ana Lee", "Omar Saleh"],
    rows: ["Tom Berg -thanked-> Ana Lee"]
  },
  "F1: 'the coach dropped B and kept C in goal' (no hold)": {
    s: "The coach dropped Tom Berg and kept Ana Lee in goal.",
    m: ["Tom Berg", "Ana Lee"],
    rows: []
  },
  "F1 positive kept: 'B was abducted by A and kept there for a month'": {
    s: "Tom Berg was abducted by the Delta Front and kept there for a month.",
    m: ["Tom Berg", "Delta Front:group"],
    rows: ["Delta Front -abducted-> Tom Berg", "Delta Front -held-> Tom Berg"]
  }
};

describe("mend 33 (verbs and nouns)", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
