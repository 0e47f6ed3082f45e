/**
 * Round 22 class for stage 05: "will be home", "would be home" is a return to come, a release cue like "are home" (its
 * modality says it is planned); "will be home to 3,000 people" (housing) is none, nor the counterfactual "would be home
 * by now if …" (review 22, F2). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const LEAD = "Gunmen freed 20 hostages on Friday.\n";

describe("'N … will be home' → released", () => {
  it("a part that would be home by Sunday, in reported speech", () => {
    checkFigures(LEAD + "The governor said 14 of the pupils would be home by Sunday.", [
      {quote: "20", category: "hostages_released"},
      {quote: "14", category: "hostages_released"}
    ]);
  });
  it("a part that will be home by Sunday", () => {
    checkFigures(LEAD + "The governor said 14 of the pupils will be home by Sunday.", [
      {quote: "20", category: "hostages_released"},
      {quote: "14", category: "hostages_released"}
    ]);
  });
});

describe("negatives", () => {
  it("'will be home to' houses people", () => {
    checkFigures(LEAD + "The governor said the new camp will be home to 3,000 people.", [
      {quote: "20", category: "hostages_released"},
      {quote: "3,000", category: "other"}
    ]);
  });
  it("review 22, F2: 'would be home by now if …' is a counterfactual, no release", () => {
    checkFigures("Gunmen kidnapped 30 pupils from a school on Friday.\nTwo of the guards would be home by now if the road were open.", [
      {quote: "30", category: "abducted"},
      {quote: "Two", category: "other"}
    ]);
  });
});
