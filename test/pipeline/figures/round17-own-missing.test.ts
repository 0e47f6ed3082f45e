/**
 * Round 17 class for stage 05: a count whose own verb says its people are missing ("two guides remain unaccounted
 * for") is "other", not the casualty category of a neighbouring count's verb ("three climbers were killed and …").
 * A death presumed with it, or a casualty verb of its own, keeps the casualty. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("missing as the count's own verb", () => {
  it("remain unaccounted for, after a coordinated death", () => {
    checkFigures("Three climbers were killed and two guides remain unaccounted for.", [
      {quote: "Three", category: "killed"},
      {quote: "two", category: "other"}
    ]);
  });
  it("were reported missing, after a coordinated death", () => {
    checkFigures("Four hikers died and six hikers were reported missing.", [
      {quote: "Four", category: "killed"},
      {quote: "six", category: "other"}
    ]);
  });
  it("a hedged count that remains missing after wounds", () => {
    checkFigures("Nine fishermen were injured and about 20 fishermen remained missing on Sunday.", [
      {quote: "Nine", category: "wounded"},
      {quote: "about 20", category: "other"}
    ]);
  });
});

describe("missing, and a death of someone else later in the clause", () => {
  it("an attack that killed another after the missing", () => {
    checkFigures("Four sailors were killed and two sailors remain missing after a strike that killed the pilot.", [
      {quote: "Four", category: "killed"},
      {quote: "two", category: "other"}
    ]);
  });
});

describe("negatives: the casualty stays", () => {
  it("missing, presumed dead", () => {
    checkFigures("Two miners were killed and five miners remain missing, presumed dead.", [
      {quote: "Two", category: "killed"},
      {quote: "five", category: "killed"}
    ]);
  });
  it("sport: a missing person elsewhere in the sentence is not the count's own verb", () => {
    checkFigures("Four fans were injured when a barrier gave way, and police searched for a missing steward.", [
      {quote: "Four", category: "wounded"}
    ]);
  });
  it("a count killed whose neighbour is missing keeps its own verb", () => {
    checkFigures("Five passengers are missing and seven passengers were killed in the crash.", [
      {quote: "Five", category: "other"},
      {quote: "seven", category: "killed"}
    ]);
  });
});
