/**
 * Stage 07 on invented sentences (round 33): a release told by "let … go" of several people under a settlement or after
 * a captivity's days, with no word of captivity in the sentence. "A let B and C go under a deal", "A let B and C walk out
 * of X after 300 days", "A let B and eight patients go under a truce" → A released each named one. Not one person let go,
 * not a club's deal, not a company's dismissal after years, not a list with neither cue.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A let B and C go under a swap → A released both": {
    s: "The Red Hand let Jonas Eke and Pia Lund go at dawn under a swap, their families said.",
    m: ["Red Hand:organization", "Jonas Eke", "Pia Lund"],
    rows: ["Red Hand -released-> Jonas Eke", "Red Hand -released-> Pia Lund"]
  },
  "A let B and C walk out of X after N weeks → A released both": {
    s: "The Red Hand let Jonas Eke and Pia Lund walk out of Kessel after 41 weeks, and both flew home to Tarn.",
    m: ["Red Hand:organization", "Jonas Eke", "Pia Lund", "Kessel:place", "Tarn:place"],
    rows: ["Red Hand -released-> Jonas Eke", "Red Hand -released-> Pia Lund"]
  },
  "A let B and eight patients go under a truce → A released B": {
    s: "The Delta Front let Tom Berg and eight patients go under a truce agreed on Sunday.",
    m: ["Delta Front:organization", "Tom Berg"],
    rows: ["Delta Front -released-> Tom Berg"]
  },
  "negative: a company lets two people go after years": {
    s: "Acme Steel let Tom Berg and Ana Lee go after 30 years.",
    m: ["Acme Steel:organization", "Tom Berg", "Ana Lee"],
    rows: []
  },
  "negative: a club lets two players go under a deal": {
    s: "Harbour United let Tom Berg and Ana Lee go under a deal with the Velm club.",
    m: ["Harbour United:organization", "Tom Berg", "Ana Lee"],
    rows: []
  },
  "negative: one person let go under a deal stays a dismissal": {
    s: "The Delta Front let Tom Berg go under a deal.",
    m: ["Delta Front:organization", "Tom Berg"],
    rows: []
  },
  "negative: a list let go with no settlement or span": {
    s: "Acme Steel let Tom Berg and Ana Lee go on Monday.",
    m: ["Acme Steel:organization", "Tom Berg", "Ana Lee"],
    rows: []
  }
};

describe("stage 07, round 33: several let go under a settlement", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
