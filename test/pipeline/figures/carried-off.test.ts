/**
 * "carried off to / into <place>" is an abduction (model CATEGORY_CUES.abducted); a flood's "carried off by" is not.
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("carried off", () => {
  it("a bare count after a death toll", () => checkFigures("Gunmen stormed the town, leaving about 200 people dead; 90 were carried off to the hills as hostages.",
    [{quote: "about 200", category: "killed"}, {quote: "90", category: "abducted"}]));
  it("carried off into the forest", () => checkFigures("Fourteen schoolgirls were carried off into the forest.", [{quote: "Fourteen", category: "abducted"}]));
  it("negative: carried off by floodwaters", () => checkFigures("Forty people were carried off by the floodwaters.", [{quote: "Forty", category: "other"}]));
});
