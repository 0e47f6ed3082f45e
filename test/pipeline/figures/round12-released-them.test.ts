/**
 * Round 12 class for stage 05: a count held, seized or arrested, then "… and released them" in the same sentence,
 * takes the release as its last state (heldout10 README decision 8: held before, released now). An arrest before the
 * count makes it a prisoner release. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("held, then released them → released", () => {
  it("held the workers for a week and released them → hostages_released", () => {
    checkFigures("The rebels held the 12 workers for a week and released them on Sunday.", [{quote: "12", category: "hostages_released"}]);
  });
  it("seized nurses in a month and freed them later → hostages_released", () => {
    checkFigures("The gang seized four nurses in May and finally freed them in July.", [{quote: "four", category: "hostages_released"}]);
  });
  it("arrested protesters and released them → prisoners_released", () => {
    checkFigures("Police arrested 30 protesters in Lusaka and released them hours later.", [{quote: "30", category: "prisoners_released"}]);
  });
  it("negative: abducted, then killed them stays abducted (no release)", () => {
    checkFigures("Rebels abducted six engineers and killed them.", [{quote: "six", category: "abducted"}]);
  });
  it("negative: a release of them told in the next clause after a semicolon is another subject's", () => {
    checkFigures("Rebels abducted six engineers; the army later freed them.", [{quote: "six", category: "abducted"}]);
  });
});
