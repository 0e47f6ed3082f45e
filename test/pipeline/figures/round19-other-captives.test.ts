/**
 * Round 19 class for stage 05: "N other hostages" after a release told of another subject earlier in the sentence
 * (intransitive or passive: "three nationals returned home", "two journalists were freed", "walked free") are the
 * ones not freed: hostages_held. A release joined to them ("also freed the 12 other hostages") or their own release
 * after them keeps them freed. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the other hostages of a release told of others", () => {
  it("'returned home, yet said nothing of the N other hostages'", () => {
    checkFigures("The minister cheered as three nationals returned home, yet said nothing of the 40 other hostages.", [
      {quote: "three", category: "hostages_released"},
      {quote: "40", category: "hostages_held"}
    ]);
  });
  it("a passive release, then another verb on the N other captives", () => {
    checkFigures("Paris celebrated when two journalists were freed but forgot the 12 other captives.", [
      {quote: "two", category: "hostages_released"},
      {quote: "12", category: "hostages_held"}
    ]);
  });
  it("'walked free ... while the N other hostages stayed'", () => {
    checkFigures("Two aid workers walked free on Sunday while the nine other hostages stayed in the forest.", [
      {quote: "Two", category: "hostages_released"},
      {quote: "nine", category: "hostages_held"}
    ]);
  });
});

describe("negatives: the others are freed too, or are no hostages", () => {
  it("their own release after them", () => {
    checkFigures("The rebels freed two Kenyans on Sunday, a week after the 12 other hostages were released.", [
      {quote: "two", category: "hostages_released"},
      {quote: "12", category: "hostages_released"}
    ]);
  });
  it("a release verb right before them", () => {
    checkFigures("The army freed two soldiers in a raid that also freed the 12 other hostages.", [
      {quote: "two", category: "hostages_released"},
      {quote: "12", category: "hostages_released"}
    ]);
  });
  it("weather: rescued climbers and other hikers are no hostages", () => {
    checkFigures("Two climbers were rescued on Sunday while 40 other hikers sheltered in huts.", [
      {quote: "Two", category: "other"},
      {quote: "40", category: "other"}
    ]);
  });
});
