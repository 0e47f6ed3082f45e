/**
 * Round 24, stage 05: "Of the N <people> …, M are dead": a death told of a bare part of a whole named after "Of the"
 * is of the whole's kind (dead hostages are hostages_dead). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a dead part of hostages named after 'Of the'", () => {
  it("'Of the N hostages still held, the army says at least M are dead'", () => {
    checkFigures("Of the 64 hostages still held in the forest, the army says at least 20 are dead.", [
      {quote: "64", category: "hostages_held"},
      {quote: "at least 20", category: "hostages_dead"}
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
    // Mutation check: without the 'Of the' test the 12 flood victims become hostages_dead.
    checkFigures("The gang freed 40 hostages in 2019, while 12 were killed in a later flood.", [
      {quote: "40", category: "hostages_released"},
      {quote: "12", category: "killed"}
    ]);
  });
});
