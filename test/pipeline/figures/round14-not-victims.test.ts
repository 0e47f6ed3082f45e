/**
 * Round 14 classes for stage 05: counts that are no victims of what the sentence reports (informants, businesses),
 * and counts of people the group phrase used to miss (commanders after an owner's possessive, deaths
 * counted as homicides, a contrast "N …, not M"). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("informants take no release or death from the sentence", () => {
  it("people familiar with the negotiations, a release after them → other", () => {
    checkFigures("Three people familiar with the negotiations said the militia would free the couple.", [{quote: "Three", category: "other"}]);
  });
  it("sources after a release → other", () => {
    checkFigures("Rebels freed the couple on Monday, two sources said.", [{quote: "two", category: "other"}]);
  });
  it("negative: people close to a victim share the killing", () => {
    checkFigures("Rebels killed the mayor and three people close to him.", [{quote: "three", category: "killed"}]);
  });
});

describe("businesses are no people", () => {
  it("a demonym before 'firms' counts firms: no figure", () => {
    checkFigures("Some 400 Chinese firms have offices in Lima.", []);
  });
  it("negative: a demonym alone still counts people", () => {
    checkFigures("Bandits freed some 30 Chinese after a week.", [{quote: "some 30", group: "chinese"}]);
  });
});

describe("counts of people the group phrase now reads", () => {
  it("commanders after an owner's possessive → killed", () => {
    checkFigures("Air strikes have killed 15 of the cartel's commanders this year.", [{quote: "15", category: "killed", group: "commanders"}]);
  });
  it("negative: an owner's possessive before released children keeps their release", () => {
    checkFigures("Three of the hostage's children were freed.", [{quote: "Three", category: "hostages_released", group: "children"}]);
  });
  it("homicides are deaths → killed", () => {
    checkFigures("Police said 640 homicides were recorded in the province in 2023.", [{quote: "640", category: "killed"}]);
  });
  it("a contrast right after a count repeats its noun", () => {
    checkFigures("Officials counted 40 protesters, but not 400 as organisers claimed.", [
      {quote: "40", category: "other", group: "protesters"},
      {quote: "400", category: "other", group: "protesters"}
    ]);
  });
  it("negative: a bare count after 'not' far from any count stays no figure", () => {
    checkFigures("The union said 40 workers had joined the strike, not 400.", [{quote: "40", group: "workers"}]);
  });
});
