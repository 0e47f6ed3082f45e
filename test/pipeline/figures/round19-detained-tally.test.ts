/**
 * Round 19 class for stage 05: foreigners who "have been detained" after a fronted "since" ("Since March, nine Swiss
 * citizens have been detained by the security services") are a tally of arrests over the span (other), not people
 * still held; a "since" after the verb dates one detention that goes on (still held). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a tally of arrests since a start", () => {
  it("'Since <clause>, N <foreigners> have been detained in …'", () => {
    checkFigures("Since the protests began, 23 Canadian students have been detained in the capital.", [{quote: "23", category: "other"}]);
  });
  it("'since then,' opening the clause after a semicolon", () => {
    checkFigures("The war began in 2022; since then, 11 dual nationals have been detained in the capital.", [{quote: "11", category: "other"}]);
  });
});

describe("negatives: still held", () => {
  it("'since' after the verb dates one detention that goes on", () => {
    checkFigures("At least 12 Belgians have been detained in Iran since 2022, the ministry said.", [{quote: "At least 12", category: "hostages_held"}]);
  });
  it("'have been held' is no arrest", () => {
    checkFigures("The rebels freed two engineers on Monday; since then, nine Britons have been held in the camp.", [
      {quote: "two", category: "hostages_released"},
      {quote: "nine", category: "hostages_held"}
    ]);
  });
  it("sport: fans arrested after a final stay other", () => {
    checkFigures("Since the final, 30 visiting fans have been detained by police.", [{quote: "30", category: "other"}]);
  });
});
