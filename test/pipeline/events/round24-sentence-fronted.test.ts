/**
 * Round 24, stage 06: a date that opens its sentence ("On 12 March, …") dates the sentence's main verb past a long
 * title and name and past an aside between commas that opens with a participle or a preposition ("…, sent to Gao on
 * the orders of the president, received …", "…, on the sidelines of a gathering in Nairobi, … sat down with …").
 * Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("a sentence-opening date reaches the main verb", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "past a long title and a participle aside",
      "On 12 March, Deputy Interior Minister and Special Coordinator for the Northern Provinces and the Lakes Region Amara Diallo, sent to Gao on the orders of the president, received the elders of the town.",
      ["12 March=2025-03-12"],
      ["other:received=2025-03-12"]
    ],
    [
      "past an aside that opens with a preposition",
      "On Friday, on the sidelines of a regional gathering of East African leaders in Nairobi, the Ugandan foreign minister Sam Okello sat down with the rebel envoy.",
      ["Friday=2025-10-10"],
      ["other:sat=2025-10-10"]
    ],
    [
      "negative: a date after another phrase does not open the sentence and keeps the short reach",
      // Mutation check: reading every fronted date as sentence-opening dates 'reached' here.
      "Nine days after the storm, on Monday, Deputy Minister and Special Envoy for the Flooded Northern Provinces and Lakes Amara Diallo Keita, sent there by the president, reached the camp.",
      ["Monday=2025-10-13"],
      []
    ],
    [
      "negative: a verb further than the reach is not the date's",
      // Mutation check: an unbounded reach (or the short reach counting an aside as one step past 30) dates 'received'.
      "On 12 March, Deputy Interior Minister and Special Coordinator for the Northern Provinces and the Lakes Region and the Eastern Border Districts and the Islands of the Southern Gulf Amara Diallo Keita of the National Unity Party of the North, sent to Gao on the orders of the president, received the elders.",
      ["12 March=2025-03-12"],
      []
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});
