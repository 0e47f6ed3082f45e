/**
 * figures/negated-cues.ts: a cue under a negation tells what did not happen. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("negated cues are dropped", () => {
  it("hostages not released are held", () => checkFigures("Nine hostages have not been released.", [{quote: "Nine", category: "hostages_held"}]));
  it("captors who have not freed them", () => checkFigures("The militia has not yet freed the 14 hostages.", [{quote: "14", category: "hostages_held"}]));
  it("passengers not injured", () => checkFigures("Thirty passengers were not injured.", [{quote: "Thirty", category: "other"}]));
  it("soldiers never killed", () => checkFigures("The ministry said 25 soldiers had never been killed.", [{quote: "25", category: "other"}]));
  it("'cannot be freed'", () => checkFigures("Officials said the 6 hostages cannot be freed before the truce.", [{quote: "6", category: "hostages_held"}]));
});

describe("kept", () => {
  it("'not only' negates nothing", () => checkFigures("The gang not only freed the 12 hostages but apologised.", [{quote: "12", category: "hostages_released"}]));
  it("a negation of another verb", () => checkFigures("Eight hostages were freed on Monday, officials did not say where.", [{quote: "Eight", category: "hostages_released"}]));
});
