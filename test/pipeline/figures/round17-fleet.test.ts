/**
 * Round 17 class for stage 05: the displacement cue "flee" and its forms must not read "fleet" (a count of sailors
 * supplied to a merchant fleet, passengers of an airline's fleet are no displaced people). Sentences invented for
 * the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("flee, flees, fleeing stay displacement cues", () => {
  it("forced to flee", () => {
    checkFigures("Some 4,000 villagers were forced to flee when the dam burst.", [{quote: "Some 4,000", category: "displaced"}]);
  });
  it("fleeing, present participle", () => {
    checkFigures("Aid agencies said 3,000 children were fleeing the fighting.", [{quote: "3,000", category: "displaced"}]);
  });
  it("flees, present tense", () => {
    checkFigures("Every week about 800 people flees across the border, the agency said.", [{quote: "about 800", category: "displaced"}]);
  });
});

describe("negatives: a fleet is no flight", () => {
  it("sailors supplied to a merchant fleet", () => {
    checkFigures("The islands supply about 60,000 sailors to the global merchant fleet.", [{quote: "about 60,000", category: "other"}]);
  });
  it("business: an airline's fleet carries passengers", () => {
    // Session 29: "9,000 passengers a day" is a rate and no figure (session29-rates.test.ts); the count stays.
    checkFigures("The carrier's fleet flew 9,000 passengers last summer.", [{quote: "9,000", category: "other"}]);
  });
});
