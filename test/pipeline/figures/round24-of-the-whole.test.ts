/**
 * Round 24, stage 05: "Of the N <people> …, M are dead": a death told of a bare part of a whole named by "Of the"
 * opening the sentence is of the whole's kind (dead hostages are hostages_dead). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a dead part of hostages named by a sentence-opening 'Of the'", () => {
  it("'Of the N captives still held on the ship, the owners believe M have died'", () => {
    checkFigures("Of the 17 captives still held on the tanker, the owners believe six have died.", [
      {quote: "17", category: "hostages_held"},
      {quote: "six", category: "hostages_dead"}
    ]);
  });
  it("'Of the N captives, M have died'", () => {
    checkFigures("Of the 30 captives, four have died.", [
      {quote: "30", category: "hostages_held"},
      {quote: "four", category: "hostages_dead"}
    ]);
  });
});

describe("negatives", () => {
  it("a part of miners is killed, no hostage", () => {
    checkFigures("Of the 40 miners, 12 are dead.", [{quote: "40", category: "other"}, {quote: "12", category: "killed"}]);
  });
  it("a count after hostages that are no whole named after 'Of the' keeps its own death", () => {
    checkFigures("The gang freed 40 hostages in 2019, while 12 were killed in a later flood.", [
      {quote: "40", category: "hostages_released"},
      {quote: "12", category: "killed"}
    ]);
  });
  // Review 24 F11: "of N hostages" inside a sentence ("the release of …") names no whole whose parts follow.
  // Mutation check: with the old test (any "of" before the count, determiner optional) each of these gives
  // hostages_dead.
  it("'the release of N hostages …, while M were killed in strikes' (F11)", () => {
    checkFigures("The ministry welcomed the release of 33 hostages on Sunday, while 40 were killed in air strikes on the city the same day.", [
      {quote: "33", category: "hostages_released"},
      {quote: "40", category: "killed"}
    ]);
  });
  it("'Talks on the release of N hostages stalled, and M were killed' (F11)", () => {
    checkFigures("Talks on the release of 40 hostages stalled on Monday, and 12 were killed in an air strike in the port.", [
      {quote: "40", category: "hostages_released"},
      {quote: "12", category: "killed"}
    ]);
  });
  it("'pressed for the release of N hostages, but M were killed' (F11)", () => {
    checkFigures("Mediators pressed for the release of 59 hostages, but 30 were killed in strikes overnight, the health ministry said.", [
      {quote: "59", category: "hostages_released"},
      {quote: "30", category: "killed"}
    ]);
  });
  // Review 24 F9: a whole that was freed died free. Mutation check: without the release test these give hostages_dead.
  it("'Of the N hostages freed last year, M were killed in a car crash' (F9)", () => {
    checkFigures("Of the 50 hostages freed last year, 3 were killed in a car crash in March.", [
      {quote: "50", category: "hostages_released"},
      {quote: "3", category: "killed"}
    ]);
  });
  it("'Of the N hostages released in the deal, M have since died in hospital' (F9)", () => {
    checkFigures("Of the 120 hostages released in the deal, three have since died in hospital.", [
      {quote: "120", category: "hostages_released"},
      {quote: "three", category: "killed"}
    ]);
  });
});
