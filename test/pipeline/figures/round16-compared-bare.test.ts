/**
 * Round 16 class for stage 05: a bare count (no noun) compared with the count before it, "up/down from N (to M)"
 * or "compared with N", then a time phrase with no preposition ("the year before", "a year earlier", "last year"),
 * counts the same people in the same category, ranges too. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("up/down from N + time phrase: the earlier count's people", () => {
  it("a range after 'up from', then 'the year before'", () => {
    checkFigures("Pirates seized at least 300 seafarers in 2024, the agency says, up from 150 to 200 the year before.", [
      {quote: "at least 300", category: "abducted"},
      {quote: "150 to 200", low: 150, high: 200, category: "abducted"}
    ]);
  });
  it("a hedged range after 'down from', then 'last year'", () => {
    checkFigures("Floods killed 90 people this year, down from between 120 and 150 last year.", [
      {quote: "90", category: "killed"},
      {quote: "between 120 and 150", category: "killed"}
    ]);
  });
  it("'compared with N a year earlier' after freed hostages", () => {
    checkFigures("The gang freed 40 hostages in March, compared with 25 a year earlier.", [
      {quote: "40", category: "hostages_released"},
      {quote: "25", category: "hostages_released"}
    ]);
  });
  it("negative: a unit after the compared number", () => {
    checkFigures("The clinic treated 90 patients, up from 25 percent last year.", [{quote: "90", category: "other"}]);
  });
  it("negative: a noun of things after the compared number", () => {
    checkFigures("The gang freed 40 hostages, compared with 25 villages last year.", [{quote: "40", category: "hostages_released"}]);
  });
});
