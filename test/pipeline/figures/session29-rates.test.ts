/**
 * Session 29, stage 05: people counted per unit of time ("carries up to 1,800 skiers an hour", "sees 300 patients
 * a day") are a rate, not a count: no figure. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a rate of people is no figure", () => {
  it("commuters an hour at peak", () => {
    checkFigures("The ferry line moves about 1,200 commuters an hour at peak.", []);
  });
  it("patients a day", () => {
    checkFigures("The field clinic now sees about 300 patients a day.", []);
  });
  it("travellers per day", () => {
    checkFigures("The border post processes 5,000 travellers per day in summer.", []);
  });
});

describe("negatives: counts next to a time word stay", () => {
  it("'a year ago' dates the count", () => {
    checkFigures("Some 40 villagers were evacuated a year ago.", [{quote: "Some 40", category: "displaced"}]);
  });
  it("'a day after' dates the release", () => {
    checkFigures("Rebels freed 12 hostages a day after the talks.", [{quote: "12", category: "hostages_released"}]);
  });
  it("'every day' is the verb's adverb", () => {
    checkFigures("Diplomats were working on the case of the two detained sailors every day.", [{quote: "two", category: "other"}]);
  });
});
