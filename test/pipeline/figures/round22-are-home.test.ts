/**
 * Round 22 class for stage 05: a copula with "home" ("are home", "were home", "are now home") tells a return, a
 * release cue like "came home"; whose release it is comes from the sentence or the article. "are home to 40,000
 * people" (housing) and "are home-based" (a compound) are none. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const LEAD = "Gunmen freed 20 hostages on Friday.\n";

describe("'N … are home' → released", () => {
  it("a part that is home, in a story of freed hostages", () => {
    checkFigures(LEAD + "Fourteen of the villagers are home, the mayor said, and six are in hospital.", [
      {quote: "20", category: "hostages_released"},
      {quote: "Fourteen", category: "hostages_released"},
      {quote: "six", category: "wounded"}
    ]);
  });
  it("soldiers who are now home after an exchange", () => {
    checkFigures("After the prisoner exchange, 40 soldiers are now home with their families.", [{quote: "40", category: "prisoners_released"}]);
  });
});

describe("negatives", () => {
  it("'are home to' houses people", () => {
    checkFigures(LEAD + "The district's two camps are home to 40,000 people.", [
      {quote: "20", category: "hostages_released"},
      {quote: "40,000", category: "other"}
    ]);
  });
  it("'are home-based' is a compound", () => {
    checkFigures(LEAD + "Twelve of the nurses are home-based, the agency said.", [
      {quote: "20", category: "hostages_released"},
      {quote: "Twelve", category: "other"}
    ]);
  });
});
