import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

// Invented sentences. "since the <year> <event noun>": the year starts the clause's period, which
// dates nothing, but it dates the event noun it modifies.

describe("findEvents: 'since the <year> <event noun>' dates the noun", () => {
  it.each<[string, string, string[], string[]]>([
    ["'since the 2019 revolution' beside a verb that cannot take a period start", "Bread prices have tripled since the 2019 revolution.", ["2019=2019@since"], ["other:revolution=2019"]],
    ["'until the 2016 referendum'", "The two parties governed together until the 2016 referendum, officials said.", ["2016=2016@until"], ["other:referendum=2016"]]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d).filter((e) => e.endsWith("=2019") || e.endsWith("=2016"))).toEqual(expected);
  });
});

describe("negatives: a period start with no event noun dates nothing", () => {
  it.each<[string, string, string[]]>([
    ["'since 2019' alone", "Bread prices have tripled since 2019.", ["2019=2019@since"]],
    ["'since the 2019 season' (no event noun)", "The club has not won a title since the 2019 season.", ["2019=2019@since"]],
    ["'since March 2019' (a month, not a year modifying a noun)", "Bread prices have tripled since March 2019 protests began.", ["March 2019=2019-03@since"]],
    ["review 22, F16: 'until the 2030 election', a year after publication, dates no election yet", "The deal will run until the 2030 election.", ["2030=2030@until"]],
    ["review 22, F16: 'until the 2026 election' in a page of 2025", "She will stand until the 2026 election, her party said.", ["2026=2026@until"]]
  ])("%s", (_label, s, d) => {
    expect(sentenceEvents(s, d).filter((e) => !e.endsWith("=null"))).toEqual([]);
  });
});
