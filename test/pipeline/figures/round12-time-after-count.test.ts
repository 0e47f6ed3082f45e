/**
 * Round 12 class for stage 05: a time phrase right after a bare or partitive count closes its phrase like "on" does
 * ("freed all but six of them last Sunday", "freed 12 of them yesterday"). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a count of them, then when", () => {
  it("all but six of them last Sunday → value 6, all but, hostages_released", () => {
    checkFigures("Kidnappers holding 20 miners freed all but six of them last Sunday.", [
      {quote: "20", category: "hostages_held"},
      {quote: "all but six", value: 6, qualifier: "all but", category: "hostages_released"}
    ]);
  });
  it("12 of them yesterday → hostages_released", () => {
    checkFigures("Bandits abducted 30 pupils in Gombe and released 12 of them yesterday.", [
      {quote: "30", category: "abducted"},
      {quote: "12", value: 12, category: "hostages_released"}
    ]);
  });
  it("a number of days later → hostages_released", () => {
    checkFigures("The militia kidnapped 20 road workers and released nine of them two days later.", [
      {quote: "20", category: "abducted"},
      {quote: "nine", value: 9, category: "hostages_released"}
    ]);
  });
  it("negative: a bare count with a time phrase and no casualty cue is no figure", () => {
    checkFigures("Inspectors counted three of them the next day.", []);
  });
  it("negative: 'the' starting a noun phrase is not a time phrase (three of them the rebels kept)", () => {
    checkFigures("Officials said three of them the rebels kept as guides.", []);
  });
});
