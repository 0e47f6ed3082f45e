/**
 * Round 19 class for stage 05: the whole after "one of the" with a singular verb after it ("One of her three drivers
 * has also been freed", "One of the four passengers died") is no count of the freed or the dead: the verb is the
 * one's, and the whole, with a generic head, is other. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the whole of 'one of the N' takes no singular predicate", () => {
  it("a release in a story of hostages, the verb after a possessive whole", () => {
    checkFigures("Rebels freed a nurse on Friday.\nOne of her three drivers has also been freed, the charity said.", [
      {quote: "three", category: "other"}
    ]);
  });
  it("a death: the one died, not the four", () => {
    checkFigures("One of the four passengers died in hospital.", [{quote: "four", category: "other"}]);
  });
});

describe("negatives: the whole keeps its category", () => {
  it("a hostage head says by itself who they are", () => {
    checkFigures("One of the 12 hostages was killed in the raid.", [{quote: "12", category: "hostages_dead"}]);
  });
  it("a plural verb after a list is the whole's too", () => {
    checkFigures("Rebels freed a nurse on Friday. One of the three guides and two drivers were freed with her.", [
      {quote: "three", category: "hostages_released"},
      {quote: "two", category: "hostages_released"}
    ]);
  });
  it("weather: no singular verb after the whole (the verb before it is read as before)", () => {
    checkFigures("The avalanche killed one of the three climbers.", [{quote: "three", category: "killed"}]);
  });
});
