/**
 * Round 24, stage 06: a date that opens its sentence ("On 12 March, …") dates the sentence's main verb past a long
 * title and name and past an aside between commas that opens with a participle or a preposition ("…, sent to Gao on
 * the capital overnight, inspected …", "…, on the sidelines of a gathering in Nairobi, … sat down with …").
 * Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("a sentence-opening date reaches the main verb", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "past a long title and a participle aside",
      "On 3 June, the chief engineer of the regional water authority and head of the dam safety board Petra Lindqvist, flown in from the capital overnight by helicopter, inspected the cracked spillway.",
      ["3 June=2025-06-03"],
      ["other:inspected=2025-06-03"]
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
      "Nine days after the storm, on Monday, the chief engineer of the regional water authority and head of the dam safety board Petra Lindqvist, flown there by the army, reached the dam.",
      ["Monday=2025-10-13"],
      []
    ],
    [
      "negative: a verb further than the reach is not the date's",
      // Mutation check: an unbounded reach (or the short reach counting an aside as one step past 30) dates 'received'.
      "On 3 June, the chief engineer of the regional water authority and head of the dam safety board and of the flood warning service and the canal and lock maintenance division of the northern districts Petra Lindqvist, flown in from the capital overnight by helicopter, inspected the spillway.",
      ["3 June=2025-06-03"],
      []
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});

// Review 24 F10: past the short reach, a verb inside the long subject (a reduced participle, a "that" clause) is an
// older event's; the sentence's own verb after the comma closing the subject keeps the date. Mutation check: without
// the right-after-a-comma test the first dates 'shot' and the second 'won'.
describe("a sentence-opening date does not date a verb inside a long subject", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "a reduced participle inside the subject, the main verb after it",
      "On 2 June, thousands of relatives and friends of the 300 passengers and crew of the Malaysia Airlines flight MH17 shot down over eastern Ukraine in July 2014 gathered in Amsterdam.",
      ["2 June=2025-06-02"],
      ["other:gathered=2025-06-02"]
    ],
    [
      "a 'that' clause inside the subject, the main verb after the name",
      "On Saturday, the national coach of the Nigerian women's football team and former captain of the Super Falcons squad that won the 1998 African championship, Florence Omagbemi, resigned.",
      ["Saturday=2025-10-11"],
      ["other:resigned=2025-10-11"]
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});
