import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {datesOf, type Row} from "./helpers.ts";
import {OWN_CASUAL_DAY_PARSERS, OWN_DAY_OF_MONTH_PARSERS, OWN_UNIT_PARSERS, OWN_YEAR_PARSERS} from "../../../src/pipeline/dates/parsers.ts";

const PARSERS = [...OWN_CASUAL_DAY_PARSERS, ...OWN_UNIT_PARSERS, ...OWN_YEAR_PARSERS, ...OWN_DAY_OF_MONTH_PARSERS];

describe("03 dates: an own parser's `needs` is in every text its pattern matches", () => {
  it("some parsers have one", () => {
    expect(PARSERS.filter((p) => p.needs).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    "three days ago", "a year later", "10 months before the vote", "two weeks after the 7 October flood", "since 2014", "mid-2022",
    "the end of 2021", "earlier this year", "later this week", "last month", "the 2020 election", "A Day Later", "Three Days Ago",
    "in 2020 and 2021", "during 2016, 2017 or 2018", "in 2019 AND 2020"
  ])("%s", (text) => {
    for (const p of PARSERS) if (p.needs && p.pattern.test(text)) expect(p.needs.test(text)).toBe(true);
  });

  it("on random phrases", () => {
    const pieces = ["three", "a", "10", "days", "Weeks", "year", "months", "ago", "later", "after", "before", "earlier", "last", "this", "next", "since", "in", "mid", "the", "end of", "2014", "1999", "2020", " ", "  ", "-", "\u00a0", "\n", ",", "x", "and", "Or"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
        const text = parts.join(" ");
        for (const p of PARSERS) if (p.needs && p.pattern.test(text)) expect(p.needs.test(text)).toBe(true);
      }),
      {numRuns: 3000}
    );
  });
});

describe("03 dates: a list of years after 'in'/'during' (yearInList), each year a date", () => {
  it.each<[string, string, Row[]]>([
    ["two years joined by 'and'", "The mayor was treated in a Swiss clinic in 2020 and 2021.", [
      {text: "2020", date: "2020", precision: "year", basis: "explicit"},
      {text: "2021", date: "2021", precision: "year", basis: "explicit"}
    ]],
    ["three years with commas and 'or'", "The bridge was repaired during 2016, 2017 or 2018, engineers said.", [
      {text: "2016", date: "2016", precision: "year", basis: "explicit"},
      {text: "2017", date: "2017", precision: "year", basis: "explicit"},
      {text: "2018", date: "2018", precision: "year", basis: "explicit"}
    ]],
    // negatives
    ["a span: 'between 2019 and 2021'", "The mayor was treated in a clinic between 2019 and 2021.", []],
    ["a count after the second year", "The dam burst in 2014 and 2015 people fled.", [{text: "2014", date: "2014", precision: "year", basis: "explicit"}]],
    ["no 'in' opens the list", "The side scored 2019 and 2020 points.", []],
    ["a count with a comma after 'and'", "Floods hit in 2014 and 2,000 people fled.", []]
  ])("%s", (_label, text, rows) => {
    expect(datesOf(text, "2025-03-10")).toEqual(rows);
  });
});
