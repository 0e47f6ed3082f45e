/**
 * Round 34, stage 05: after a sentence-opening "Of the N <people> abducted", a bare part that is "still there" is
 * still held, as one "still in the forest" already was ("Of the 40 miners abducted, 12 are still
 * there" → 12 hostages_held). Not after a whole that was not taken (fans who travelled, miners rescued).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'Of the N abducted, M are still there' holds the M", () => {
  it("'M are still there'", () => {
    checkFigures("Of the 40 miners abducted, 12 are still there.", [{quote: "40", category: "abducted"}, {quote: "12", category: "hostages_held"}]);
  });
  it("a hedged part before an attribution ('about M are still there, elders said')", () => {
    checkFigures("Of the 60 villagers seized in the raid, about 20 are still there, elders said.", [{quote: "60", category: "abducted"}, {quote: "about 20", category: "hostages_held"}]);
  });
  it("'M were still there' with a time after", () => {
    checkFigures("Of the 25 pupils kidnapped in March, nine were still there by June.", [{quote: "25", category: "abducted"}, {quote: "nine", category: "hostages_held"}]);
  });
  it("negative: a whole that was not taken ('fans who travelled to the final')", () => {
    checkFigures("Of the 40 fans who travelled to the final, 12 are still there.", [{quote: "40", category: "other"}]);
  });
  it("negative: a rescued whole", () => {
    checkFigures("Of the 40 miners rescued, 12 are still there.", [{quote: "40", category: "other"}, {quote: "12", category: "other"}]);
  });
});
