import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const events = (s: string, d: string[]): string[] => sentenceEvents(s, d);

describe("findEvents: a year modifying an event noun dates that noun", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "'the rigged <year> parliamentary vote' inside a clause with its own verb",
      "Mireille Kabore, a nurse detained during the unrest that followed the rigged 2019 parliamentary vote, was welcomed home by her sister.",
      ["2019=2019"],
      ["other:vote=2019"]
    ],
    ["'the <year> crackdown'", "Most of the men jailed after the 2017 crackdown have now been pardoned.", ["2017=2017"], ["other:crackdown=2017"]],
    ["negative: a month is not a modifier here", "The port reopened in March after the floods.", ["in March=2025-03"], ["other:reopened=2025-03"]],
    ["negative: a year before a non-event noun keeps the clause verb", "The cooperative founded in 2012 farmers' markets across the valley.", ["in 2012=2012"], ["other:founded=2012"]]
  ])("%s", (_label, s, d, expected) => {
    expect(events(s, d)).toEqual(expected);
  });
});
