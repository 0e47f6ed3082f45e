/**
 * "found alive", "pulled out alive" are "other" cues: a bare part found alive is a count of survivors
 * (model CATEGORY_CUES.other). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("found alive", () => {
  it("a bare part found alive is a count", () => checkFigures("Thirty fishermen were aboard; eleven of them have been found alive.", [{quote: "Thirty", category: "other"}, {quote: "eleven", category: "other"}]));
  it("a bare part pulled out alive", () => checkFigures("Forty miners were underground; nine of them were pulled out alive.", [{quote: "Forty", category: "other"}, {quote: "nine", category: "other"}]));
  it("negative: a bare count with no verb of its own stays out", () => checkFigures("Thirty fishermen were aboard; eleven of them.", [{quote: "Thirty", category: "other"}]));
});
