/**
 * Round 22 class for stage 05: a copula with "home" ("are home", "are now home") tells a return, a
 * release cue like "came home"; whose release it is comes from the sentence or the article. "are home to 40,000
 * people" (housing) and "are home-based" (a compound) are none. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {expect} from "vitest";
import {checkFigures, figuresOf} from "./helpers.ts";

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

describe("Mend 22 F1 addendum: 'are (now) home' with a count that is no part of the captives (review sentences)", () => {
  it("40,000 pupils are now home after schools closed; many of the 300 teachers are home too", () => {
    const rows = figuresOf("Gunmen kidnapped 287 pupils in Kaduna on Thursday. After the abduction, the state closed its schools, and 40,000 pupils are now home. Many of the 300 teachers are home too, the union said.");
    const cat = (q: string) => rows.find((f) => f.quote.includes(q))?.category;
    expect(cat("40,000")).not.toBe("hostages_released");
    expect(cat("300")).not.toBe("hostages_released");
  });
  it("still released: 'our N sons are home' after a release", () => {
    const rows = figuresOf("The rebels freed the fishermen on Friday. \"Our 12 sons are home,\" the mayor told reporters.");
    expect(rows.find((f) => f.quote.includes("12"))?.category).toMatch(/released/);
  });
});
