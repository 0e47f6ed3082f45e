/**
 * Round 17 class for stage 05: a count said to be among a counted whole right after it ("five Britons were among
 * the 40 hostages seized") is a part of the whole and shares its category, also after a status phrase ("people
 * holding French passports") or a perfect copula ("had been among"). A whole of "other" changes nothing. Sentences
 * invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a part among a counted whole", () => {
  it("status phrase and perfect copula before the whole's hedge", () => {
    checkFigures("Officials believe that up to six people holding Canadian passports had been among some 90 hostages seized at the mine.", [
      {quote: "up to six", category: "abducted"},
      {quote: "some 90", category: "abducted"}
    ]);
  });
  it("a freed whole", () => {
    checkFigures("At least four dual nationals have been among about 300 hostages freed since May.", [
      {quote: "At least four", category: "hostages_released"},
      {quote: "about 300", category: "hostages_released"}
    ]);
  });
  it("a dead whole", () => {
    checkFigures("Two aid workers were among the 45 people killed in the shelling.", [
      {quote: "Two", category: "killed"},
      {quote: "45", category: "killed"}
    ]);
  });
});

describe("negatives: the whole says nothing", () => {
  it("sport: among the spectators who attended", () => {
    checkFigures("Four police officers were among the 3,000 fans who attended the final.", [
      {quote: "Four", category: "other"},
      {quote: "3,000", category: "other"}
    ]);
  });
  it("a whole that is not right after 'among'", () => {
    checkFigures("Three doctors were among the crew, and 20 hostages were freed on Monday.", [
      {quote: "Three", category: "other"},
      {quote: "20", category: "hostages_released"}
    ]);
  });
  it("business: among the staff laid off", () => {
    checkFigures("Twelve engineers were among the 400 workers laid off by the carmaker.", [
      {quote: "Twelve", category: "other"},
      {quote: "400", category: "other"}
    ]);
  });
});
