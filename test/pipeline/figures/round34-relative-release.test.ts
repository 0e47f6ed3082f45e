/**
 * Round 34, stage 05: a restrictive relative clause with no comma may stand between a count's phrase and its own plural
 * passive release ("Fourteen miners who were marched off their bus near the pit last Friday were released on Sunday"):
 * the relative tells the people's past (its cues, "marched", are not theirs now), the release is the count's verb, and
 * the story's release kind applies however long the relative. A relative with a second clause ("… told reporters the
 * engineer was released") leaves the release to someone else, and a story with no release kind keeps the old reading.
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a release past a restrictive relative clause is the count's own", () => {
  it("a long relative whose own cue would win ('who were marched away from their lorries … were released')", () => {
    checkFigures("Bandits freed three captives on Tuesday. Nine traders who were marched away from their lorries at a checkpoint two weeks ago were released on Thursday in a village near Kassa.",
      [{quote: "three", category: "hostages_released"}, {quote: "Nine", category: "hostages_released"}]);
  });
  it("a modifier before the relative ('N miners of the <pit> who had been led … were freed')", () => {
    checkFigures("Rebels freed two hostages on Monday. Fourteen miners of the Kolda pit who had been led into the hills by the gang last week were freed on Sunday.",
      [{quote: "two", category: "hostages_released"}, {quote: "Fourteen", category: "hostages_released"}]);
  });
  it("'that were led … have been freed'", () => {
    checkFigures("The gang let two hostages go on Friday. Six pupils that were led from the school bus at a roadblock outside Tamsa on Monday have been freed too.",
      [{quote: "two", category: "hostages_released"}, {quote: "Six", category: "hostages_released"}]);
  });
  it("negative: a second clause in the relative ('… told reporters the engineer was released')", () => {
    checkFigures("Rebels freed two hostages on Monday. Four crew members who were marched to the port told reporters the engineer was released.",
      [{quote: "two", category: "hostages_released"}, {quote: "Four", category: "other"}]);
  });
  it("negative: no release kind in the story ('patients who were admitted with burns were released')", () => {
    checkFigures("Twelve patients who were admitted with burns on Monday were released on Friday.", [{quote: "Twelve", category: "wounded"}]);
  });
});
