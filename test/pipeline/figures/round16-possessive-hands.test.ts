/**
 * Round 16 class for stage 05: "remain / are (still) in <someone's> hands" with a possessive ("the militia's",
 * "their captors'") is a held state, as "in enemy hands" is. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("in <possessive> hands: held", () => {
  it("after a release of another in the same sentence", () => {
    checkFigures("One of the nurses was freed on Monday, and another two local nurses remain in the militia's hands, a priest said.", [
      {quote: "another two", category: "hostages_held"}
    ]);
  });
  it("a plural possessive with a bare apostrophe", () => {
    checkFigures("Two reporters remain in their captors' hands.", [{quote: "Two", category: "hostages_held"}]);
  });
  it("negative: a possessive before another noun is no held state", () => {
    checkFigures("Two reporters were in the minister's office on Monday.", [{quote: "Two", category: "other"}]);
  });
});
