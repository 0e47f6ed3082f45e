/**
 * Stage 07 on invented sentences (round 26): a call made to give thanks told as a noun. "A telephoned / phoned
 * B (last week) to express / convey (X's / his) (deep) gratitude / thanks / appreciation" means A thanked B,
 * not that A met B (calls.ts gratitudePurpose; model CALL_GRATITUDE_VERBS, CALL_GRATITUDE_NOUNS).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A telephoned B last week to express his gratitude' → A thanked B": {
    s: "Mayor Ann Vidal telephoned Governor Tom Hale last week to express her gratitude.",
    m: ["Ann Vidal", "Tom Hale"],
    rows: ["Ann Vidal -thanked-> Tom Hale"]
  },
  "positive: 'A phoned B to convey Oslo's deep appreciation' → A thanked B": {
    s: "Tom Hale phoned Joe Bell on Friday to convey Oslo's deep appreciation for the rescue.",
    m: ["Tom Hale", "Joe Bell", "Oslo:place"],
    rows: ["Tom Hale -thanked-> Joe Bell"]
  },
  "negative ('to express his condolences'): no thanks, a meeting only (session 28: courtesy)": {
    s: "Tom Hale telephoned Joe Bell to express his condolences.",
    m: ["Tom Hale", "Joe Bell"],
    rows: ["Tom Hale -met-> Joe Bell"]
  },
  "negative (a call no one took): no thanks": {
    s: "Tom Hale telephoned Joe Bell to express his gratitude, but Bell did not answer.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative ('to express concern over the thanks'): the noun too far, no thanks": {
    s: "Tom Hale telephoned Joe Bell to express concern that the families had received no thanks.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (review 26 verbs F5): the caller conveys a named other's thanks": {
    s: "Joe Bell phoned Tom Hale to convey Ann Vidal's thanks.",
    m: ["Joe Bell", "Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (review 26 verbs F5): 'the thanks of President B'": {
    s: "Tom Hale phoned Ann Vidal to convey the thanks of President Joe Bell.",
    m: ["Tom Hale", "Ann Vidal", "Joe Bell"],
    rows: []
  }
};

describe("round 26: calls of thanks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
