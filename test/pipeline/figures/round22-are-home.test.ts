/**
 * Round 22 class for stage 05: a copula with "home" ("are home", "are now home") tells a return, a
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
  // review 22, F1: where people were or are at the time, not a homecoming
  it("'were home when the gunmen arrived' is where they were", () => {
    checkFigures("Gunmen kidnapped 30 pupils from a school on Friday.\nFive of the parents were home when the gunmen arrived.", [
      {quote: "30", category: "abducted"},
      {quote: "Five", category: "other"}
    ]);
  });
  it("'are home sick' is where they are", () => {
    checkFigures("Gunmen kidnapped 30 pupils from a school on Friday.\nTwo of the teachers are home sick, the principal said.", [
      {quote: "30", category: "abducted"},
      {quote: "Two", category: "other"}
    ]);
  });
});
