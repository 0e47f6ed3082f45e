/**
 * Round 14 class for stage 05: a hostage count with its own copula of being still held ("30 hostages are still
 * held") is held, whatever participle of capture comes before it and whatever verbs later clauses hold.
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("N hostages are still held → hostages_held", () => {
  it("after a capture earlier in the sentence, with a later clause of deaths", () => {
    checkFigures("Pirates who seized the tanker in March say 14 captives are still held on board, and two of the crew died.", [
      {quote: "14", category: "hostages_held"},
      {quote: "two", category: "killed"}
    ]);
  });
  it("a 'were still held' past state after a capture earlier in the sentence", () => {
    checkFigures("Pirates seized the tanker in March; by June, nine hostages were still held aboard it.", [{quote: "nine", category: "hostages_held"}]);
  });
  it("negative: hostages freed after their capture are released", () => {
    checkFigures("Twelve captives seized in May were freed on Friday.", [{quote: "Twelve", category: "hostages_released"}]);
  });
});
