/**
 * Stage 07 on invented sentences (round 33): a trip dated by the recent past and a trip told in the perfect. "A went to
 * X last month", "earlier this month", "A had gone to X last month and met B there" → A visited X. Not a life story (a
 * year, study), not a trip for care, not an undated perfect.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Last month, A, <apposition>, went to X → A visited X": {
    s: "Last month, Ana Lee, the miners' spokeswoman, went to Velm.",
    m: ["Ana Lee", "Velm:place"],
    rows: ["Ana Lee -visited-> Velm"]
  },
  "A had gone to X last month and met B there → visited and met": {
    s: "Ana Lee had gone to Velm last month and met Tom Berg there.",
    m: ["Ana Lee", "Velm:place", "Tom Berg"],
    rows: ["Ana Lee -visited-> Velm", "Ana Lee -met-> Tom Berg"]
  },
  "A went to X earlier this month → A visited X": {
    s: "Union leader Ana Lee went to Velm earlier this month.",
    m: ["Ana Lee", "Velm:place"],
    rows: ["Ana Lee -visited-> Velm"]
  },
  "negative: went to X last month to study": {
    s: "Ana Lee went to Velm last month to study.",
    m: ["Ana Lee", "Velm:place"],
    rows: []
  },
  "negative: had gone to X in a year long past": {
    s: "Ana Lee had gone to Velm in 1998.",
    m: ["Ana Lee", "Velm:place"],
    rows: []
  },
  "negative: had gone to X last month for treatment": {
    s: "Ana Lee had gone to Velm last month for treatment.",
    m: ["Ana Lee", "Velm:place"],
    rows: []
  },
  "negative: an undated perfect": {
    s: "Ana Lee had gone to Velm.",
    m: ["Ana Lee", "Velm:place"],
    rows: []
  }
};

describe("stage 07, round 33: trips of the recent past", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
