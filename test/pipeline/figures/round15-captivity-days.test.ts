/**
 * Round 15 class for stage 05: more ways of telling the days of a captivity — counted from a seizure noun ("N days
 * after their abduction", headlines too), someone's days in a place in a sentence of captivity, and a freed
 * captive's own "after N days we/I …" in a story of captives. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("N days after a seizure noun → captivity_days", () => {
  it("a headline with nouns between", () => {
    checkFigures("Kenyan crew freed 23 days after river kidnapping", [{quote: "23", category: "captivity_days"}]);
  });
  it("after their abduction", () => {
    checkFigures("The pilots were released on Friday, 40 days after their abduction by the militia.", [{quote: "40", category: "captivity_days"}]);
  });
  it("negative: days after an election", () => {
    checkFigures("The minister resigned 40 days after the election.", []);
  });
});

describe("her/his N days in <Place> in a sentence of captivity → captivity_days", () => {
  it("held in a cellar during his days there", () => {
    checkFigures("During his 60 days in Tarvia he was held in a cellar.", [{quote: "60", category: "captivity_days"}]);
  });
  it("negative: a holiday is no captivity", () => {
    checkFigures("He spent most of his 40 days in Lisbon at the beach.", []);
  });
});

describe("'after N days we/I …' said by a freed captive → captivity_days", () => {
  it("in a story of captives freed", () => {
    checkFigures("Kidnappers released two hostages, both pilots, on Monday.\n\"They told us after 60 days we could call home,\" one of them said.", [
      {quote: "two", category: "hostages_released"},
      {quote: "60", category: "captivity_days"}
    ]);
  });
  it("negative: the same words in a flood story", () => {
    checkFigures("\"They told us after 60 days we could go home,\" the farmer said after the floods receded.", []);
  });
});
