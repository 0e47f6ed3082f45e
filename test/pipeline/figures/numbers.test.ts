/**
 * plainDigitsValue: the value of a run of plain digits read by hand, which must equal Number() of its text.
 */
import {describe, expect, it} from "vitest";
import {plainDigitsValue, scanNumbers} from "../../../src/pipeline/figures/numbers.ts";

describe("plainDigitsValue", () => {
  it.each([
    ["a count", "killed 40 people", 7, 9],
    ["a year", "in 2023 alone", 3, 7],
    ["leading zeros, as Number reads them", "case 007 closed", 5, 8],
    ["a single zero", "0 dead", 0, 1],
    ["fifteen digits, still exact", "999999999999999", 0, 15]
  ])("%s: equals Number() of the text", (_label, text, start, end) => {
    expect(plainDigitsValue(text, start, end)).toBe(Number(text.slice(start, end)));
  });

  it.each([
    ["a thousands comma (read by digitValue)", "1,300 people", 0, 5],
    ["a decimal point", "2.5 million", 0, 3],
    ["sixteen digits (Number may round them)", "9999999999999999", 0, 16],
    ["an empty range", "40", 1, 1]
  ])("%s: null", (_label, text, start, end) => {
    expect(plainDigitsValue(text, start, end)).toBeNull();
  });

  it("scanNumbers reads the same values through it", () => {
    expect(scanNumbers("killed 040 people and 1,300 others in 2023").map((t) => t.value)).toEqual([40, 1300, 2023]);
  });
});
