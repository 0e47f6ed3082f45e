/**
 * Round 17 class for stage 05: suspects, accomplices and defendants are people, so a number before them is a
 * count of people ("police arrested three suspects"), with the category their own verb gives (arrested: other;
 * freed or killed like anyone). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("suspects counted as people", () => {
  it("arrested suspects after a coordinated death: other", () => {
    checkFigures("Troops shot dead two gang leaders and detained five suspects near the quarry.", [
      {quote: "two", category: "killed"},
      {quote: "five", category: "other"}
    ]);
  });
  it("suspects killed in a raid", () => {
    checkFigures("Four suspects were killed in a shootout with police on Sunday.", [{quote: "Four", category: "killed"}]);
  });
  it("defendants freed by a court in a jail story", () => {
    checkFigures("A judge ordered the release from prison of 12 defendants on Monday.", [{quote: "12", category: "prisoners_released"}]);
  });
});

describe("negatives: no people counted", () => {
  it("a case number is no count of suspects", () => {
    checkFigures("Investigators reopened three cases against the suspects.", []);
  });
  it("business: a 'suspect' figure of money is no count", () => {
    checkFigures("Auditors flagged $40,000 in suspect payments by two suppliers.", []);
  });
});
