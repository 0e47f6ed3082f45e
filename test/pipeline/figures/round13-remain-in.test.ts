/**
 * Round 13 class for stage 05: in a story of hostages freed, foreigners who "remain in" a named place are the ones
 * not yet freed (hostages_held), as they are in a sentence about arrest. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("foreigners who remain in a place, in a story of hostages freed", () => {
  it("an attribution first, 'remain in <Place>' after a release → hostages_held", () => {
    checkFigures("Bandits freed 40 hostages in Bunia on Monday.\nAccording to officials, at least three Peruvian citizens remain in Bunia.", [
      {quote: "40", category: "hostages_released"},
      {quote: "at least three", category: "hostages_held"}
    ]);
  });
  it("negative: in a story of no release, remaining in a place is no captivity", () => {
    checkFigures("Floods hit the coast on Monday.\nAccording to officials, at least three Peruvian citizens remain in Bunia.", [
      {quote: "at least three", category: "other"}
    ]);
  });
  it("negative: remaining in hospital is no captivity", () => {
    checkFigures("Bandits freed 40 hostages in Bunia on Monday.\nAt least three Peruvian citizens remain in hospital.", [
      {quote: "40", category: "hostages_released"},
      {quote: "At least three", category: "wounded"}
    ]);
  });
});
