/**
 * Round 13 class for stage 05: a bare number with "more" (or "additional", "extra" …) before a noun of things
 * counts the things, not people ("the navy sent 6 more boats"). More people stay figures. Sentences invented for
 * the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("more things are no figure", () => {
  it("'6 more boats' → no figure", () => {
    checkFigures("The navy sent 6 more boats to the bay after the attack.", []);
  });
  it("'3 additional armoured vehicles' (a modifier between) → no figure", () => {
    checkFigures("Troops brought in 3 additional armoured vehicles on Sunday.", []);
  });
  it("people counted beside more things keep their figure", () => {
    checkFigures("Gunmen seized 20 farmers and 4 more trucks of grain.", [{quote: "20", category: "abducted"}]);
  });
  it("negative: more hostages are people", () => {
    checkFigures("Kidnappers freed 5 more hostages on Monday.", [{quote: "5", category: "hostages_released"}]);
  });
  it("negative: 'N more' with no noun is more of the people before", () => {
    checkFigures("The militia freed 40 hostages and 6 more on Friday.", [
      {quote: "40", category: "hostages_released"},
      {quote: "6", category: "hostages_released"}
    ]);
  });
  it("negative: more bodies are the dead", () => {
    checkFigures("Rescuers pulled 3 more bodies from the river.", [{quote: "3", category: "killed"}]);
  });
});
