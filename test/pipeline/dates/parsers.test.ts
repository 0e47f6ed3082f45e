import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {OWN_CASUAL_DAY_PARSERS, OWN_DAY_OF_MONTH_PARSERS, OWN_UNIT_PARSERS, OWN_YEAR_PARSERS} from "../../../src/pipeline/dates/parsers.ts";

const PARSERS = [...OWN_CASUAL_DAY_PARSERS, ...OWN_UNIT_PARSERS, ...OWN_YEAR_PARSERS, ...OWN_DAY_OF_MONTH_PARSERS];

describe("03 dates: an own parser's `needs` is in every text its pattern matches", () => {
  it("some parsers have one", () => {
    expect(PARSERS.filter((p) => p.needs).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    "three days ago", "a year later", "10 months before the vote", "two weeks after the 7 October flood", "since 2014", "mid-2022",
    "the end of 2021", "earlier this year", "later this week", "last month", "the 2020 election", "A Day Later", "Three Days Ago"
  ])("%s", (text) => {
    for (const p of PARSERS) if (p.needs && p.pattern.test(text)) expect(p.needs.test(text)).toBe(true);
  });

  it("on random phrases", () => {
    const pieces = ["three", "a", "10", "days", "Weeks", "year", "months", "ago", "later", "after", "before", "earlier", "last", "this", "next", "since", "in", "mid", "the", "end of", "2014", "1999", "2020", " ", "  ", "-", "\u00a0", "\n", ",", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
        const text = parts.join(" ");
        for (const p of PARSERS) if (p.needs && p.pattern.test(text)) expect(p.needs.test(text)).toBe(true);
      }),
      {numRuns: 3000}
    );
  });
});
