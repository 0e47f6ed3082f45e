/**
 * Session 29, stage 05: a bare "All but N" with a verb of its own is a count of people named before ("All but three
 * have been brought to the surface"), as the figure grammar lists it. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("bare 'All but N' with its own verb", () => {
  it("opening its sentence, people of the sentence before", () => {
    checkFigures("All but five were airlifted to Kathmandu by evening.", [{quote: "All but five", category: "other"}]);
  });
  it("after a count of people with no number between", () => {
    checkFigures("Of the 30 climbers caught by the avalanche, all but four had been accounted for by nightfall.", [
      {quote: "30", category: "other"},
      {quote: "all but four", category: "other"}
    ]);
  });
  it("of them, with a release verb after a freeing captor", () => {
    checkFigures("The kidnappers freed all but two of them on Friday.", [{quote: "all but two", category: "hostages_released"}]);
  });
});

describe("negatives", () => {
  it("things counted by 'all but' stay out", () => {
    checkFigures("All but two of the bridges were repaired.", []);
  });
  it("'all but' as an adverb ('all but certain') counts nothing", () => {
    checkFigures("The result was all but certain by Sunday.", []);
  });
});
