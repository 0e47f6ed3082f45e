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
  // Review 24 F3: a count of things between the people and the bare count; a state ("are still in …") after it.
  // Mutation check: without the number-between test the first three give the earlier people's head, without the
  // 'still' test the fourth gives an 'other' count of hostages.
  it("a count of things stands between: the bare count is theirs, not the people's", () => {
    checkFigures("Gunmen seized 12 passengers and three buses on the highway, and two were later recovered by police.", [{quote: "12", category: "abducted"}]);
  });
  it("homes between the dead and the bare count", () => {
    checkFigures("The floods killed 40 people and destroyed 3,000 homes, and 1,200 were in the southern district.", [{quote: "40", category: "killed"}]);
  });
  it("vehicles between the hostages and the bare count", () => {
    checkFigures("Rebels seized 40 hostages and 12 vehicles on Monday, and 3 were later found burned out.", [{quote: "40", category: "abducted"}]);
  });
  it("'M are still in …' is a state, not an 'other' count of the same people", () => {
    checkFigures("The militia freed 33 hostages in the first phase, while 59 are still in the tunnels.", [{quote: "33", category: "hostages_released"}]);
  });
});
