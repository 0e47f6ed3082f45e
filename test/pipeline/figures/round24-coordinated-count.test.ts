/**
 * Round 24, stage 05: a bare count that is the subject of its own clause (an auxiliary right after it), coordinated
 * after the clause of a count of people, counts the same people ("More than 40 nurses have quit since May, and about
 * 100 have gone abroad"). Its own verb decides the category; with no cue it is "other". Sentences invented for the
 * tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a coordinated bare subject counts the people counted before it", () => {
  it("', and at least N have …'", () => {
    checkFigures("More than 40 nurses have quit the county hospital since May, and at least 100 have moved abroad, the union said.", [
      {quote: "More than 40", category: "other"},
      {quote: "at least 100", category: "other", group: "nurses"}
    ]);
  });
  it("'; N are …' after a semicolon", () => {
    checkFigures("About 60 striking miners were arrested at the pit on Monday; nearly 20 are still in police cells.", [
      {quote: "About 60", group: "striking miners"},
      {quote: "nearly 20", category: "other", group: "miners"}
    ]);
  });
  it("', while N were …'", () => {
    checkFigures("Some 300 villagers spent the night in the school, while roughly 80 were taken in by relatives.", [
      {quote: "Some 300"},
      {quote: "roughly 80", category: "other", group: "villagers"}
    ]);
  });
  it("a cue of its own still decides", () => {
    checkFigures("Twelve climbers reached the summit on Friday, and two were killed on the way down.", [
      {quote: "Twelve", category: "other"},
      {quote: "two", category: "killed"}
    ]);
  });
});

describe("negatives", () => {
  it("no clause of the first count between: '12 soldiers and 30 were …' is no coordination", () => {
    // Mutation check: without COORDINATED_BETWEEN's word before the conjunction the 30 become soldiers.
    checkFigures("The militia handed over 12 soldiers and 30 were seen later in the town.", [{quote: "12"}]);
  });
  it("parts of a whole named after 'of' take its state, which the sentence does not tell", () => {
    // Mutation check: without OF_WHOLE_BEFORE the 250 become an 'other' count of students.
    checkFigures("Of the 400 students, 120 are studying law, while some 250 are from rural districts.", [{quote: "400"}]);
  });
  it("things counted before: no people to share", () => {
    checkFigures("The storm destroyed 40 houses, and 12 were schools.", []);
  });
  it("not across a full stop", () => {
    checkFigures("About 50 fans were outside the stadium. Twelve were seen on the roof by noon.", [{quote: "About 50"}]);
  });
  it("a year after the people is no count of them", () => {
    checkFigures("The firm hired 40 engineers in 2020, and 2021 was a better year.", [{quote: "40"}]);
  });
});
