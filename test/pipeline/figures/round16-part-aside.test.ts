/**
 * Round 16 class for stage 05: a part of a count with no noun of its own, introduced by "among them", "including" or
 * "of whom", told by a participle phrase ("among them 11 awaiting trial") or a "whom" clause ("including 5 whom
 * the police believe are dead"). The participle part is more of the whole (the nearest earlier count at least as
 * large); the "whom" clause is the part's own verb. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("part told by a participle phrase shares the whole's category", () => {
  it("'including N facing <charges>' after freed prisoners", () => {
    checkFigures("The junta pardoned 300 political prisoners, including 25 facing treason charges.", [
      {quote: "300", category: "prisoners_released"},
      {quote: "25", category: "prisoners_released"}
    ]);
  });
  it("'among them N awaiting trial', a clause after", () => {
    checkFigures("Guards freed 90 inmates at dawn, among them 11 awaiting trial, the ministry said.", [
      {quote: "90", category: "prisoners_released"},
      {quote: "11", category: "prisoners_released"}
    ]);
  });
  it("the whole is the larger count, not the nearest smaller one", () => {
    checkFigures("The state freed 600 prisoners in return for the three hostages, including 40 serving long terms.", [
      {quote: "600", category: "prisoners_released"},
      {quote: "three", category: "hostages_released"},
      {quote: "40", category: "prisoners_released"}
    ]);
  });
  it("negative: a whole with no category gives the part none", () => {
    checkFigures("Police counted 60 protesters, among them 8 wearing masks.", [{quote: "60", category: "other"}]);
  });
  it("negative: a participle after a count that is no part", () => {
    checkFigures("The ministry freed 70 prisoners. 12 facing charges stayed behind.", [
      {quote: "70", category: "prisoners_released"}
    ]);
  });
});

describe("part told by a 'whom' clause takes the clause's verb", () => {
  it("'including N whom <someone> has declared dead' among captives", () => {
    checkFigures("The militia still holds 40 captives, including 12 whom the army has declared dead.", [
      {quote: "40", category: "hostages_held"},
      {quote: "12", category: "hostages_dead"}
    ]);
  });
  it("'of whom'-like 'whom … believe(s) are dead' after hostages", () => {
    checkFigures("Kidnappers hold 25 hostages, including 7 whom relatives believe were killed.", [
      {quote: "25", category: "hostages_held"},
      {quote: "7", category: "hostages_dead"}
    ]);
  });
  it("negative: a 'whom' clause with no cue is no figure", () => {
    checkFigures("Rebels hold 40 captives, including 12 whom relatives have visited.", [
      {quote: "40", category: "hostages_held"}
    ]);
  });
});
