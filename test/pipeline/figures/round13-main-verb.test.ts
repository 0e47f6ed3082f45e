/**
 * Round 13 classes for stage 05: a count's main verb wins over its own participle or label of capture, however
 * long the participle's phrase ("… abducted on the road … have been set free" → released, "… are still
 * unaccounted for" → other, since missing people are other), and a release verb right after a label of capture
 * ("the 30 kidnapped … were released") is the count's now. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the main verb after a long participle phrase says what the people are now", () => {
  it("an attribution first, a long phrase, 'have been set free' → hostages_released", () => {
    checkFigures("According to the diocese, 14 pilgrims abducted on the road to the shrine during the Easter procession have been set free unharmed.", [
      {quote: "14", category: "hostages_released"}
    ]);
  });
  it("people detained after a sit-in who 'had been let go' are prisoners released", () => {
    checkFigures("Police confirmed that 23 students of the engineering faculty detained after the sit-in over fees had been let go.", [
      {quote: "23", category: "prisoners_released"}
    ]);
  });
  it("a time count inside the phrase is no subject of its own → hostages_released", () => {
    checkFigures("Negotiators said 16 miners seized at the sawmill three weeks ago in the upper valley had been freed overnight.", [
      {quote: "16", category: "hostages_released"}
    ]);
  });
  it("captured people who are still unaccounted for are other (missing)", () => {
    checkFigures("Relatives say 5 drivers captured near the mountain pass in the spring are still unaccounted for.", [
      {quote: "5", category: "other"}
    ]);
  });
  it("negative: another count owns the release", () => {
    checkFigures("Twenty workers kidnapped in May, 12 were released.", [
      {quote: "Twenty", category: "abducted"},
      {quote: "12", category: "hostages_released"}
    ]);
  });
  it("negative: taken to hospital, then released, is a discharge", () => {
    checkFigures("Eight fishermen taken to hospital after the storm were released on Monday.", [{quote: "Eight", category: "other"}]);
  });
  it("negative: a clause of saying before the verb gives it another subject", () => {
    checkFigures("Elders said 40 herders seized in the hills said their cattle were released.", [{quote: "40", category: "other"}]);
  });
});

describe("a release verb right after a label of capture is the count's own", () => {
  it("the kidnapped workers were released → hostages_released", () => {
    checkFigures("The 30 kidnapped quarry workers were released at dawn, a union leader said.", [{quote: "30", category: "hostages_released"}]);
  });
  it("a headline: abducted porters of a convoy, freed → hostages_released", () => {
    checkFigures("Nine abducted porters of Ituri aid convoy freed by militia", [{quote: "Nine", category: "hostages_released"}]);
  });
  it("negative: a release only pleaded for keeps the label", () => {
    checkFigures("The 30 kidnapped quarry workers were shown in a video, pleading to be released.", [{quote: "30", category: "abducted"}]);
  });
});
