/**
 * Round 22 class for stage 05: a part "N of them/whom" said to be dead right after a count of people still held (in
 * the same sentence, whatever their noun) counts dead captives: hostages_dead, not a death toll. Sentences invented
 * for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'… holding N sailors; … M of them have died' → hostages dead", () => {
  it("after a held count of sailors", () => {
    checkFigures("Pirates are holding 22 sailors on the tanker; a union official fears four of them have died.", [
      {quote: "22", category: "hostages_held"},
      {quote: "four", category: "hostages_dead"}
    ]);
  });
  it("after a bare count that remains in the forest", () => {
    checkFigures("Bandits abducted 60 pupils from a boarding school in May and 14 remain in the forest, but two of them have died.", [
      {quote: "60", category: "abducted"},
      {quote: "14", category: "hostages_held"},
      {quote: "two", category: "hostages_dead"}
    ]);
  });
});

describe("negatives", () => {
  it("after a release the dead part keeps its death toll", () => {
    checkFigures("Pirates freed 22 sailors from the tanker; a union official fears four of them have died.", [
      {quote: "22"},
      {quote: "four", category: "killed"}
    ]);
  });
  it("a count with a noun of its own is no part", () => {
    checkFigures("Pirates are holding 22 sailors on the tanker; a union official fears four guards have died.", [
      {quote: "22", category: "hostages_held"},
      {quote: "four", category: "killed"}
    ]);
  });
});
