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

describe("findEvents: the clause's verb before a long agent or object phrase (longReachVerb)", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "a passive with a long agent and its acronym",
      "Peter Lund was arrested by the Directorate of Criminal Investigations (DCI) of Kenya on February 12.",
      ["February 12=2025-02-12"],
      ["other:arrested=2025-02-12"]
    ],
    [
      "an object with a name set off by commas, then a place",
      "Ivanov received Petrova's father, Oleg Petrov, at the Interior Ministry on 14.02.2025.",
      ["14.02.2025=2025-02-14"],
      ["other:received=2025-02-14"]
    ],
    [
      "past an earlier date of the same list",
      "Storms sank the ferries Blue Star and Green Wave off the northern coast on July 7 and July 8.",
      ["July 7=2025-07-07", "July 8=2025-07-08"],
      ["other:sank=2025-07-07", "other:sank=2025-07-08"]
    ],
    // negatives
    [
      "a comma that opens a noun phrase: a clause of its own with its verb left out",
      "The families paid a ransom of 90,000 dinars in two instalments to the middlemen, the second one last week.",
      ["last week=2025-10"],
      []
    ],
    [
      "an earlier date not joined to it: that date's verb",
      "The minister walked to the harbour on Wednesday with her deputy and two advisers from the agency for a dinner on Thursday.",
      ["Wednesday=2025-10-08", "Thursday=2025-10-09"],
      ["other:walked=2025-10-08"]
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});
