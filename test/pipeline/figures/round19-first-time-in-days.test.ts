/**
 * Round 19 class for stage 05: "for the first time in N days" counts the days of a captivity where the sentence names
 * custody, or frees people in a story of hostages; elsewhere (markets, weather, sport) it is no figure. Sentences
 * invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'for the first time in N days' as days in captivity", () => {
  it("custody named in the sentence", () => {
    checkFigures("The journalist, held in a military prison, saw the sky for the first time in 600 days.", [
      {quote: "600", category: "captivity_days"}
    ]);
  });
  it("a release in a story of hostages, the release fronted", () => {
    checkFigures("Rebels freed two hostages on Sunday. Released at the border, the pair ate with their families for the first time in 420 days.", [
      {quote: "two", category: "hostages_released"},
      {quote: "420", category: "captivity_days"}
    ]);
  });
});

describe("negatives: no captivity", () => {
  it("business: results released, no story of hostages", () => {
    checkFigures("The shares rose for the first time in 400 days after the results were released.", []);
  });
  it("weather", () => {
    checkFigures("It rained in the valley for the first time in 500 days.", []);
  });
  it("sport in a story of hostages, with no release or custody in its sentence", () => {
    checkFigures("Rebels freed two hostages on Sunday. The team won at home for the first time in 420 days.", [
      {quote: "two", category: "hostages_released"}
    ]);
  });
});
