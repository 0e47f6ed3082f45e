/**
 * Stage 07 on invented sentences (round 25): a reunion told as "A fell into the arms of his mother, B" → A
 * met B (persons on both sides; model interaction-verbs.ts). A freed captive's "A landed in X" is no visit: the
 * annotated sets read none. (Session 33 made an envoy's landing a visit; a release word in the sentence, or a
 * traveller the article tells was freed, still reads none: session33-trips.test.ts.)
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A fell into the arms of his mother, B' → A met B": {
    s: "Tom Hale fell into the arms of his mother, Ann Hale, at the airport.",
    m: ["Tom Hale", "Ann Hale"],
    rows: ["Tom Hale -met-> Ann Hale"]
  },
  "negative (a freed captive landing: 'A landed in X'): no visit": {
    s: "Tom Hale landed in Lisbon on Wednesday after his release.",
    m: ["Tom Hale", "Lisbon:place"],
    rows: []
  },
  "negative (a team-mate's arms, unnamed): no reunion": {
    s: "Tom Hale fell into the arms of his team-mates after the final whistle.",
    m: ["Tom Hale"],
    rows: []
  },
  "negative ('fell into the hands of A'): no reunion": {
    s: "Tom Hale fell into the hands of Joe Bell in May.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  }
};

describe("round 25: fell into the arms of", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
