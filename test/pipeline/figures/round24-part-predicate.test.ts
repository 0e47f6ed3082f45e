/**
 * Round 24, stage 05: in "N of the M <people> … <predicate>", a death told by the predicate (from its first auxiliary
 * on) is the part's, N; the whole M is told only by its own phrase ("still held", "seized in March"), else by its
 * head alone (a release told of a part keeps the older reading, which frees the whole too).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the predicate after a whole is its part's", () => {
  it("a death told of a part of hostages still held", () => {
    checkFigures("All but 9 of the 31 hostages still in the forest are believed to be dead, the army says.", [
      {quote: "All but 9", category: "hostages_dead"},
      {quote: "31", category: "hostages_held"}
    ]);
  });
  it("a part killed, the whole seized in its own reduced relative", () => {
    checkFigures("Two of the 14 fishermen seized off the coast in May were killed.", [
      {quote: "Two", category: "killed"},
      {quote: "14", category: "abducted"}
    ]);
  });
  it("a part of miners dead: the whole keeps no category", () => {
    checkFigures("Five of the 60 miners are dead.", [
      {quote: "Five", category: "killed"},
      {quote: "60", category: "other"}
    ]);
  });
});

describe("negatives", () => {
  it("a release told of a part keeps the older reading (the whole shares it)", () => {
    // Mutation check: without the death-only test the 18 become 'abducted'.
    checkFigures("Four of the 18 hostages snatched from the convoy were freed.", [
      {quote: "Four", category: "hostages_released"},
      {quote: "18", category: "hostages_released"}
    ]);
  });
  it("no predicate after the whole: the verb before both is the whole's too", () => {
    checkFigures("Rebels freed 12 of the 40 hostages on Monday.", [
      {quote: "12", category: "hostages_released"},
      {quote: "40", category: "hostages_released"}
    ]);
  });
  it("a whole with a relative clause of its own keeps the older reading", () => {
    // Mutation check: splitting the predicate at the relative clause's 'were' makes the 30 'other'.
    checkFigures("Eleven of the 30 nurses who were abducted are home.", [
      {quote: "Eleven"},
      {quote: "30", category: "abducted"}
    ]);
  });
  it("a count that is no whole of the one before (no 'of the' between) is untouched", () => {
    // Mutation check: without the 'of the' test the 40 lose the death their own clause tells.
    checkFigures("Gunmen seized 12 villagers, and 40 soldiers are dead.", [
      {quote: "12", category: "abducted"},
      {quote: "40", category: "killed"}
    ]);
  });
});
