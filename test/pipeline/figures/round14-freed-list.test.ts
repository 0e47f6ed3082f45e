/**
 * Round 14 classes for stage 05: a list of the freed shares their release ("Among the freed Nigerians are nine
 * farmers and three women"), and a count coordinated after "prisoners of war" shares theirs ("90 prisoners of war
 * and 15 volunteers"). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a list of the freed → their release", () => {
  it("'Among the repatriated <demonym> were …' after an exchange of detainees → prisoners_released, every item", () => {
    checkFigures("Georgia and Abkhazia exchanged 14 detainees on Friday.\nAmong the repatriated Georgians were four farmers and two students.", [
      {quote: "14", category: "prisoners_released"},
      {quote: "four", category: "prisoners_released"},
      {quote: "two", category: "prisoners_released"}
    ]);
  });
  it("'Among the freed <demonym> are …' in a kidnap story → hostages_released", () => {
    checkFigures("Bandits freed 20 hostages in Kaduna.\nAmong the freed Nigerians are nine farmers and three women.", [
      {quote: "20", category: "hostages_released"},
      {quote: "nine", category: "hostages_released"},
      {quote: "three", category: "hostages_released"}
    ]);
  });
  it("the freed noun decides by itself: detainees → prisoners_released", () => {
    checkFigures("The released detainees include nine teachers and three women.", [
      {quote: "nine", category: "prisoners_released"},
      {quote: "three", category: "prisoners_released"}
    ]);
  });
  it("negative: a list of visitors is no release", () => {
    checkFigures("Bandits freed 20 hostages in Kaduna.\nThe museum's visitors include nine police officers.", [
      {quote: "20", category: "hostages_released"},
      {quote: "nine", category: "other"}
    ]);
  });
});

describe("a count coordinated after 'prisoners of war'", () => {
  it("'got back N prisoners of war and M volunteers' → both prisoners_released", () => {
    checkFigures("Tbilisi got back 90 prisoners of war and 15 volunteers.", [
      {quote: "90", category: "prisoners_released"},
      {quote: "15", category: "prisoners_released"}
    ]);
  });
  it("negative: a second clause with its own verb keeps it", () => {
    checkFigures("Tbilisi got back 90 prisoners of war, and 15 volunteers were killed in the shelling.", [
      {quote: "90", category: "prisoners_released"},
      {quote: "15", category: "killed"}
    ]);
  });
});
