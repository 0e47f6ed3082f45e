/**
 * Round 22 class for stage 05: after a count's own capture participle, "are still being held" is the count's present
 * state like "are still held" (PART_REMAINS_AFTER, heldNow): held, not abducted. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'N <people> seized … are still being held' → held", () => {
  it("a count with a seizure participle", () => {
    checkFigures("Nine nurses seized at the clinic in May are still being held in the forest.", [{quote: "Nine", category: "hostages_held"}]);
  });
  it("a part of a whole taken hostage", () => {
    checkFigures("Twelve of the 90 people taken hostage in May are still being held in the forest.", [
      {quote: "Twelve", category: "hostages_held"},
      {quote: "90", category: "abducted"}
    ]);
  });
});

describe("negatives", () => {
  it("'still being treated' is no captivity", () => {
    checkFigures("Nine nurses seized at the clinic in May are still being treated for malaria.", [{quote: "Nine", category: "abducted"}]);
  });
});
