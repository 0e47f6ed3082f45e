/**
 * A part counted as the sources of a report ("…, two of them said") is other, as "two officials said" is
 * (figures/extract.ts bareCountRule, SPEAKERS_AFTER). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a part that speaks", () => {
  it("two of them said, at the end", () => checkFigures("Four diplomats briefed reporters. The talks were moved to Oslo after a request in May, two of them said.",
    [{quote: "Four", category: "other"}, {quote: "two", category: "other"}]));
  it("three of them told a news agency", () => checkFigures("Eleven engineers were freed; three of them told Reuters the guards had beaten them.",
    [{quote: "Eleven", category: "other"}, {quote: "three", category: "other"}]));
  it("negative: a part with a fate of its own keeps it", () => checkFigures("The quake injured 40 people; six of them were airlifted to hospital.",
    [{quote: "40", category: "wounded"}, {quote: "six", category: "wounded"}]));
});
