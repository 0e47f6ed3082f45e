/**
 * Round 14 classes for stage 05: a country or its government freeing people right before their count frees
 * prisoners, and the parts and further counts of that release share it; a day-first date's dots do not end the
 * clause a held participle's release is read in. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {checkFigures, figuresOf} from "./helpers.ts";

describe("a state freeing people → prisoners_released", () => {
  it("a country with a weekday before the verb, its parts after a comma → prisoners_released", () => {
    checkFigures("Venezuela on Sunday released nine Colombians, two of them teenagers.", [
      {quote: "nine", category: "prisoners_released"},
      {quote: "two", category: "prisoners_released"}
    ]);
  });
  it("'set free' with a coordinated second count → prisoners_released", () => {
    checkFigures("After the talks, Azerbaijan set free 15 Armenians and 4 Georgians, the ministry said.", [
      {quote: "15", category: "prisoners_released"},
      {quote: "4", category: "prisoners_released"}
    ]);
  });
  it("a country of two words, and a further count on another day → prisoners_released", () => {
    checkFigures("The United States has released three Venezuelans and a further five on Monday.", [
      {quote: "three", category: "prisoners_released"},
      {quote: "a further five", category: "prisoners_released"}
    ]);
  });
  it("a state noun as the subject → prisoners_released", () => {
    checkFigures("The junta freed 200 students who had joined the marches.", [{quote: "200", category: "prisoners_released"}]);
    checkFigures("The authorities have freed some 60 protesters.", [{quote: "some 60", category: "prisoners_released"}]);
  });
  it("negative: kidnappers freeing people free hostages", () => {
    checkFigures("Kidnappers freed 12 Bolivians.", [{quote: "12", category: "hostages_released"}]);
  });
  it("negative: troops freeing villagers is no state release (most often a rescue)", () => {
    checkFigures("Troops freed 30 villagers.", [{quote: "30", category: "other"}]);
  });
  it("negative: a wish to free is no release; captives named as kidnapped are not prisoners", () => {
    checkFigures("Peru wants to free 40 Bolivians.", [{quote: "40", category: "other"}]);
    expect(figuresOf("Peru freed 40 kidnapped Bolivians.").map((f) => f.category)).not.toContain("prisoners_released");
  });
});

describe("a day-first date inside a held participle's clause", () => {
  it("'held hostage since dd.mm.yyyy by <captors> have been released' → hostages_released", () => {
    checkFigures("Nine fishermen held hostage since 03.02.2024 by pirates have been released, their union said.", [
      {quote: "Nine", category: "hostages_released"}
    ]);
  });
  it("negative: no release after the date → hostages_held", () => {
    checkFigures("Nine fishermen held hostage since 03.02.2024 by pirates are on hunger strike.", [{quote: "Nine", category: "hostages_held"}]);
  });
});
