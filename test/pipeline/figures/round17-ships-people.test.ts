/**
 * Round 17 class for stage 05: ships' people beyond "crew", "sailors" and "seafarers" are counted people
 * ("its 22 crewmen", "nine seamen", "six deckhands"), with the category their own verb gives. Sentences invented for
 * the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("ships' people counted", () => {
  it("crewmen seized with their ship", () => {
    checkFigures("Pirates seized the tanker and its 22 crewmen on Monday.", [{quote: "22", category: "abducted", group: "crewmen"}]);
  });
  it("seamen held hostage, then freed in a kidnap story", () => {
    checkFigures("Nine seamen kidnapped off the coast in May were freed on Friday.", [{quote: "Nine", category: "hostages_released"}]);
  });
  it("deckhands and cadets killed", () => {
    checkFigures("Six deckhands and two cadets were killed when the boat capsized.", [
      {quote: "Six", category: "killed"},
      {quote: "two", category: "killed"}
    ]);
  });
});

describe("negatives: no count of people", () => {
  it("an age of a seaman", () => {
    checkFigures("The 40-year-old seaman was freed on Friday.", []);
  });
  it("sport: a team called the Mariners counts games", () => {
    checkFigures("The Mariners won 4 straight games on the road.", []);
  });
});
