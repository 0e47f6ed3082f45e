/**
 * Session 28, stage 03: an expectation told in the present with its subject between ("officials expect the envoy
 * to return in May") points forward, as "expected to" does. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

// 2025-03-12 is a Wednesday.
const PUB = "2025-03-12";
const dateOf = (text: string, date: string) => datesOf(text, PUB).find((r) => r.text === date)?.date;

describe("'expect(s) B to …' points forward", () => {
  it("'Officials expect the envoy to return to Accra in May' → this May", () => {
    expect(dateOf("Officials expect the envoy to return to Accra in May for a second round.", "May")).toBe("2025-05");
  });
  it("'The union expects talks to resume on Monday' → the next Monday", () => {
    expect(dateOf("The union expects talks to resume on Monday.", "Monday")).toBe("2025-03-17");
  });
  it("negative: 'as expected' is past ('As expected, the court ruled on Monday')", () => {
    expect(dateOf("As expected, the court ruled on Monday.", "Monday")).toBe("2025-03-10");
  });
  it("negative: a past verb of its own after the cue ('… who expect more rain met on Monday')", () => {
    expect(dateOf("Farmers who expect more rain met the minister on Monday.", "Monday")).toBe("2025-03-10");
  });
});
