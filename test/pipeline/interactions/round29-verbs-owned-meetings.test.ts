/**
 * Stage 07 on invented sentences (round 29, verb class of meetings told as nouns): a meeting owned by one side, "with"
 * the other: "A's meeting / conversation / call with B" → A met B; not a meeting undone or to come, nor a game's.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a person's meeting with another lasted hours → met": {
    s: "Ann Lee's meeting with Tom Hale lasted three hours.",
    m: ["Ann Lee", "Tom Hale"],
    rows: ["Ann Lee -met-> Tom Hale"]
  },
  "a meeting as the complement of 'was', a title before the other side → met": {
    s: "The key session was union leader Ann Lee's meeting with port director Tom Hale in Oslo.",
    m: ["Ann Lee", "Tom Hale", "Oslo:place"],
    rows: ["Ann Lee -met-> Tom Hale"]
  },
  "a minister's conversation with an envoy → met": {
    s: "After Bo Chan's conversation with Luca Ferri on Friday, the strike ended.",
    m: ["Bo Chan", "Luca Ferri"],
    rows: ["Bo Chan -met-> Luca Ferri"]
  },
  "negative: the meeting was cancelled (undone)": {
    s: "Ann Lee's meeting with Tom Hale was cancelled at the last minute.",
    m: ["Ann Lee", "Tom Hale"],
    rows: []
  },
  "negative: the meeting is still to come": {
    s: "Ann Lee's meeting with Tom Hale will take place in May.",
    m: ["Ann Lee", "Tom Hale"],
    rows: []
  },
  "negative: a player's meeting with a rival in a final (sport)": {
    s: "Rafa Nadal's meeting with Novak Djokovic in the final drew a record crowd.",
    m: ["Rafa Nadal", "Novak Djokovic"],
    rows: []
  },
  "negative: a news agency's conversation with a minister (media)": {
    s: "Reuters' conversation with Tom Hale lasted an hour.",
    m: ["Reuters:media", "Tom Hale"],
    rows: []
  }
};

describe("round 29 verbs: a meeting owned by one side", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
