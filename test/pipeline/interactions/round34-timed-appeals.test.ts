/**
 * Stage 07 on invented sentences (round 34): an appeal with a time adjunct before its "to". "A appealed on Tuesday to B
 * to <act>" → A called on B, as "appealed to B" and "appealed directly to B" give. Not to a court, not to someone's
 * supporters.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "appealed on <day> to B to act → called_on": {
    s: "Tom Berg appealed on Monday to President Omar Saleh to end the strike.",
    m: ["Tom Berg", "Omar Saleh"],
    rows: ["Tom Berg -called_on-> Omar Saleh"]
  },
  "appealed last week to a body → called_on": {
    s: "The Velm Farmers Union appealed last week to the Water Board to reopen the sluices.",
    m: ["Velm Farmers Union:organization", "Water Board:organization"],
    rows: ["Velm Farmers Union -called_on-> Water Board"]
  },
  "appealed yesterday to B, with an apposed subject": {
    s: "The flood victims' spokeswoman, Pia Lund, appealed yesterday to Governor Omar Saleh to send boats.",
    m: ["Pia Lund", "Omar Saleh"],
    rows: ["Pia Lund -called_on-> Omar Saleh"]
  },
  "negative: an appeal to a court": {
    s: "Tom Berg appealed last week to the Supreme Court to overturn the ruling.",
    m: ["Tom Berg", "Supreme Court:organization"],
    rows: []
  },
  "negative: an appeal to someone's supporters": {
    s: "Tom Berg appealed on Monday to Omar Saleh's supporters to stay calm.",
    m: ["Tom Berg", "Omar Saleh"],
    rows: []
  }
};

describe("stage 07, round 34: appeals with a time adjunct", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
