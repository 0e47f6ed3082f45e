/**
 * Round 21 class for stage 05's day counts (figures/gate.ts isCaptivityDays): "after N days" at the end of a clause
 * that hands people over, pardons them or brings them back to a named place is a captivity's length in a story of a
 * release, with no captivity word in the sentence. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

/** A lead that makes the article a story of freed hostages. */
const LEAD = "Rebels freed the hostages on Sunday, the army said.\n";

describe("a hand-over or a return before 'after N days': days in captivity", () => {
  it("handed over to the Red Cross", () => {
    checkFigures(`${LEAD}Two miners from Kolwezi were handed over to the Red Cross in Bunia after 211 days.`, [
      {quote: "Two", value: 2},
      {quote: "211", value: 211, category: "captivity_days"}
    ]);
  });
  it("pardoned, before a semicolon", () => {
    checkFigures("The junta freed three prisoners on Friday.\nA teacher and her son were pardoned by the junta leader after 47 days; the capital sent back a pilot.", [
      {quote: "three", value: 3},
      {quote: "47", value: 47, category: "captivity_days"}
    ]);
  });
  it("back in a named place, a headline without a verb", () => {
    checkFigures(`${LEAD}Jan Novak and Petr Holub back in Prague after 388 days`, [{quote: "388", value: 388, category: "captivity_days"}]);
  });
});

describe("negatives: no captivity", () => {
  it("a story of no release", () => {
    checkFigures("The files were handed over to the court after 30 days.", []);
  });
  it("words after the days: the length of something else", () => {
    checkFigures(`${LEAD}The town was handed over to the army after 40 days of fighting.`, []);
  });
  it("days of something else after the count", () => {
    checkFigures(`${LEAD}Both men were handed over to the Red Cross after 12 days on the road.`, []);
  });
  it("a second clause with another subject", () => {
    checkFigures(`${LEAD}Both men were handed over on Monday, and the talks ended after 12 days.`, []);
  });
  it("back in office: no place", () => {
    checkFigures(`${LEAD}The mayor is back in office after 100 days.`, []);
  });
});
