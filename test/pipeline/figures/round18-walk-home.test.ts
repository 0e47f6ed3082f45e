/**
 * Round 18 class for stage 05: people who "walk home" or "walk free" with captivity words in the sentence are freed
 * ("40 fishermen walk home across the border as Delhi frees 9 prisoners", "two activists walked free from the
 * prison"); without such words, a story's release does not make a walk home one. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("walking home or free from captivity", () => {
  it("a headline of a prisoner swap, present tense", () => {
    checkFigures("40 Sri Lankan fishermen walk home across the border as Delhi frees 9 prisoners", [
      {quote: "40", category: "prisoners_released"},
      {quote: "9", category: "prisoners_released"}
    ]);
  });
  it("walked free from a prison", () => {
    checkFigures("Two activists walked free from the prison on Monday.", [{quote: "Two", category: "prisoners_released"}]);
  });
  it("hostages walking free", () => {
    checkFigures("Twelve hostages walked free on Tuesday.", [{quote: "Twelve", category: "hostages_released"}]);
  });
});

describe("negatives: walking home that is no release", () => {
  it("sport: fans walking home in a story of a release", () => {
    checkFigures("Gunmen freed three kidnapped engineers on Monday.\nAbout 3,000 fans walked home after the match.", [
      {quote: "three", category: "hostages_released"},
      {quote: "About 3,000", category: "other"}
    ]);
  });
  it("weather: commuters walking home in a storm", () => {
    checkFigures("Some 5,000 commuters walked home after the storm shut the trains.", [{quote: "Some 5,000", category: "other"}]);
  });
});
