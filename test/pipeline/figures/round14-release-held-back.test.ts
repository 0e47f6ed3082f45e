/**
 * Round 14 class for stage 05: a release held back ("stalling the return of N", "blocked the release of N") leaves the
 * people counted still held. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a release held back → hostages_held", () => {
  it("'accused X of stalling the return of N <demonym> villagers' in a swap story", () => {
    checkFigures("Armenia and Azerbaijan swapped 40 prisoners on Friday.\nYerevan accused Baku of stalling the return of 60 Armenian villagers.", [
      {quote: "40", category: "prisoners_released"},
      {quote: "60", category: "hostages_held"}
    ]);
  });
  it("'blocked the release of N prisoners'", () => {
    checkFigures("Rebels blocked the release of 30 prisoners on Friday.", [{quote: "30", category: "hostages_held"}]);
  });
  it("negative: a release secured is a release", () => {
    checkFigures("Armenia and Azerbaijan swapped 40 prisoners on Friday.\nYerevan secured the return of 60 Armenian villagers.", [
      {quote: "40", category: "prisoners_released"},
      {quote: "60", category: "prisoners_released"}
    ]);
  });
});
