/**
 * "picked up" is an "other" cue (model CATEGORY_CUES.other): people picked up at sea are survivors, and a later
 * "recovered the bodies" is the dead's. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("picked up", () => {
  it("survivors picked up before the bodies", () => checkFigures("A trawler picked up eleven more people before dawn on Sunday and later recovered the bodies.",
    [{quote: "eleven", category: "other"}]));
  it("negative: bodies picked up are dead", () => checkFigures("A patrol boat picked up nine more bodies.", [{quote: "nine", category: "killed"}]));
  it("negative: injured people picked up are wounded", () => checkFigures("Rescuers picked up 12 injured people from the wreck.", [{quote: "12", category: "wounded"}]));
});
