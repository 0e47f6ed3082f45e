/**
 * Round 23 class for stage 05: generic people who "remain" in a hostage story, whose release is still to come, are
 * held ("urged the kidnappers to release the three remaining teachers"), as "the remaining 14 hostages" are (round
 * 22). Their own verb after the count still decides, a release done right before the count frees them, and "the last
 * three" is only a place in a series of releases. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'the N remaining <people>' whose release is asked for are held", () => {
  it("'urged the kidnappers to release the three remaining teachers' → hostages_held", () => {
    checkFigures("The governor urged the kidnappers to release the three remaining teachers without conditions.", [
      {quote: "three", category: "hostages_held"}
    ]);
  });
  it("'called on the abductors to free the remaining four engineers' → hostages_held", () => {
    checkFigures("The union called on the abductors to free the remaining four engineers before Sunday.", [
      {quote: "four", category: "hostages_held"}
    ]);
  });
});

describe("negatives", () => {
  it("a release that happened: 'the kidnappers freed the three remaining teachers'", () => {
    checkFigures("On Friday the kidnappers freed the three remaining teachers near the river.", [{quote: "three", category: "hostages_released"}]);
  });
  it("their own verb: 'the three remaining teachers were released'", () => {
    checkFigures("The three remaining teachers were released by the kidnappers on Friday.", [{quote: "three", category: "hostages_released"}]);
  });
  it("'the last three' is a place in a series, not a state: a requested release stays a release", () => {
    checkFigures("The governor urged the kidnappers to release the last three teachers without conditions.", [
      {quote: "three", category: "hostages_released"}
    ]);
  });
});

// Review 23 F9: "remaining" marks people held only under a request to free them (adapted: the review's "the remaining
// 40 passengers were allowed to leave the hijacked plane" is held through the older "remaining" cue, not this rule).
describe("negatives (review 23 F9): remaining people whose release is not asked for", () => {
  it("'the kidnappers released the pupils …, and the remaining 30 teachers reached home' → released", () => {
    checkFigures("The kidnappers released the pupils on Monday, and the remaining 30 teachers reached home on Tuesday.", [
      {quote: "30", category: "hostages_released"}
    ]);
  });
});
