/**
 * Round 14 class for stage 05: a release held back ("held up the release of N", "blocked the release of N") leaves
 * the people counted still held (prisoners stay other: they are never hostages). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a release held back → hostages_held", () => {
  it("'a dispute held up the release of N villagers' in a kidnap story", () => {
    checkFigures("Bandits freed 20 hostages in Kaduna.\nA dispute over the ransom held up the release of nine villagers.", [
      {quote: "20", category: "hostages_released"},
      {quote: "nine", category: "hostages_held"}
    ]);
  });
  it("'blocked the release of N prisoners' → other (no release, and prisoners are no hostages)", () => {
    checkFigures("Rebels blocked the release of 30 prisoners on Friday.", [{quote: "30", category: "other"}]);
  });
  it("negative: a release secured is a release", () => {
    checkFigures("Bandits freed 20 hostages in Kaduna.\nTalks secured the release of nine villagers.", [
      {quote: "20", category: "hostages_released"},
      {quote: "nine", category: "hostages_released"}
    ]);
  });
});
