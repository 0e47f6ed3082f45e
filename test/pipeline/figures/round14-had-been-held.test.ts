/**
 * Round 14 class for stage 05: a count whose own verb is a pluperfect of being held ("had been held"), right after
 * it or after a comma aside, tells a captivity that is over: in a story of releases it is the release the story's
 * words say. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("N <people> had been held … → the story's release", () => {
  it("right after the count, in a kidnap story → hostages_released", () => {
    checkFigures("Bandits freed 20 hostages in Kaduna.\nThe nine women had been held for 40 days in the forest.", [
      {quote: "20", category: "hostages_released"},
      {quote: "nine", category: "hostages_released"},
      {quote: "40", category: "captivity_days"}
    ]);
  });
  it("after a comma aside, in a prisoner-swap story → prisoners_released", () => {
    checkFigures("Armenia and Azerbaijan swapped 40 prisoners on Friday.\nThe 12 Armenians, all of them reservists, had been held in a camp near the border.", [
      {quote: "40", category: "prisoners_released"},
      {quote: "12", category: "prisoners_released"}
    ]);
  });
  it("negative: in a story of no release it stays other", () => {
    checkFigures("Floods hit the town.\nThe nine women had been held in a shelter.", [{quote: "nine", category: "other"}]);
  });
  it("negative: a present captivity stays held", () => {
    checkFigures("Bandits freed 20 hostages in Kaduna.\nThe nine women are still held in the forest.", [
      {quote: "20", category: "hostages_released"},
      {quote: "nine", category: "hostages_held"}
    ]);
  });
});
