/**
 * Round 21 class for stage 06's fallback events (events/orphan-dates.ts nearestVerb): a date inside a relative clause
 * set off by commas dates that clause's verb, not the main verb after the closing comma. Sentences invented for the
 * tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("findEvents: a date inside ', who … ,' dates the relative clause's verb", () => {
  it.each<[string, string, string[], string[]]>([
    ["a past participle in the relative clause", "The mayor, who was jailed in a Swiss prison in 2020, accepted the request.", ["2020=2020"], ["other:jailed=2020"]],
    [
      "over a reporting verb after the comma",
      "The singer, who was treated in a Lisbon clinic in 2021, thanked her doctors, her agent said.",
      ["2021=2021"],
      ["other:treated=2021"]
    ],
    // negatives
    ["no relative clause: the reporting verb after the comma still wins", "The crew reached the port on Saturday, the company said.", ["Saturday=2025-10-11"], ["statement:said=2025-10-11"]],
    [
      "a comma before the date that opens no relative clause: the reporting verb after the date still wins",
      "In the north, the crew reached the port on Saturday, the company said.",
      ["Saturday=2025-10-11"],
      ["statement:said=2025-10-11"]
    ],
    [
      "an apposition with no relative opener: the main verb after it",
      "The mayor, a teacher at a Braga school in 2019, accepted the request.",
      ["2019=2019"],
      ["other:accepted=2019"]
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});
