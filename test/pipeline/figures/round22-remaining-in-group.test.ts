/**
 * Round 22 class for stage 05: "the two remaining hostages" (remaining after the number) is the same as "the remaining
 * two hostages": captives not yet freed, held, when their release is only asked for (stillHeld, remainingInGroup).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'the N remaining hostages' in a release asked for → held", () => {
  it("urged … to free the two remaining hostages", () => {
    checkFigures("The bishop urged the gang to free the two remaining hostages before Christmas.", [
      {quote: "two", category: "hostages_held"}
    ]);
  });
  it("talks on the release of the five remaining hostages", () => {
    checkFigures("Talks on the release of the five remaining hostages resumed in Doha.", [{quote: "five", category: "hostages_held"}]);
  });
});

describe("negatives: a release that happened", () => {
  it("the gang freed the two remaining hostages", () => {
    checkFigures("The gang freed the two remaining hostages on Friday.", [{quote: "two", category: "hostages_released"}]);
  });
  it("their own verb after the count", () => {
    checkFigures("The two remaining hostages were freed on Friday.", [{quote: "two", category: "hostages_released"}]);
  });
});
