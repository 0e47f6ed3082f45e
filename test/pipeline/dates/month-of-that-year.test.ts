/**
 * A month "of that year" (of the same / following / previous year) takes its year from the date before it
 * (dates/find.ts joinMonthOfYear, resolve.ts). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

describe("a month of that year", () => {
  it("of that year, in the same sentence", () => {
    expect(datesOf("Bandits raided the mine in January 2014 and freed the workers in April of that year.", "2025-06-10")).toEqual([
      {text: "January 2014", date: "2014-01", precision: "month", basis: "explicit"},
      {text: "April of that year", date: "2014-04", precision: "month", basis: "relative"}
    ]);
  });
  it("of the following year, in the next sentence", () => {
    expect(datesOf("The bridge opened in May 2019. It failed in October of the following year.", "2025-06-10")[1]).toEqual(
      {text: "October of the following year", date: "2020-10", precision: "month", basis: "relative"});
  });
  it("of the same year", () => {
    expect(datesOf("The strike began in March 2021 and ended in June of the same year.", "2025-06-10")[1]).toEqual(
      {text: "June of the same year", date: "2021-06", precision: "month", basis: "relative"});
  });
  it("negative: 'that year' alone keeps its year precision", () => {
    expect(datesOf("The strike began in March 2021. Wages rose later that year.", "2025-06-10")[1]).toEqual(
      {text: "later that year", date: "2021", precision: "year", basis: "relative"});
  });
  it("negative: a month and a year named apart are two dates", () => {
    expect(datesOf("The strike began in March 2021. In June, workers said that year had been hard.", "2025-06-10").map((r) => r.text)).toEqual(["March 2021", "June", "that year"]);
  });
});
