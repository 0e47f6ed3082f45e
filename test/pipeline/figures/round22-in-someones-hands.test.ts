/**
 * Round 22 class for stage 05: "N <people> are still in the militia's hands", "… in the rebels' hands": a possessive holder
 * before "hands" is a held state like "in rebel hands" (HELD_AFTER); a word of care is not ("in safe hands": model
 * CARE_HANDS). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'remain in the <holder>'s hands' → held", () => {
  it("in the militia's hands, after one was freed", () => {
    checkFigures("Two engineers were freed in March, but four engineers are still in the militia's hands, the company said.", [
      {quote: "Two"},
      {quote: "four", category: "hostages_held"}
    ]);
  });
  it("in the rebels' hands", () => {
    checkFigures("Two nurses were freed on Monday, but four teachers remain in the rebels' hands.", [
      {quote: "Two"},
      {quote: "four", category: "hostages_held"}
    ]);
  });
});

describe("negatives", () => {
  it("'in safe hands' names care, no holder", () => {
    checkFigures("Four patients remain in safe hands at the clinic.", [{quote: "Four", category: "other"}]);
  });
  it("'in the good hands of' names care", () => {
    checkFigures("Six orphans are now in the good hands of a foster family.", [{quote: "Six", category: "other"}]);
  });
});

describe("Mend 22 F8: a possessive holder is a captor, not the state (review sentence)", () => {
  it("in the state's hands is custody, in a kidnap story", () => {
    checkFigures("Gunmen kidnapped a priest in Enugu on Monday. The 3 children remain in the state's hands after their parents were jailed.", [
      {quote: "3", category: "other"}
    ]);
  });
});
