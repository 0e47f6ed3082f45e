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
    checkFigures("All but 6 of the 23 captives still held on the island are believed to be dead, the navy says.", [
      {quote: "All but 6", category: "hostages_dead"},
      {quote: "23", category: "hostages_held"}
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
  // Review 24 F8: a death inside a relative clause, an "of"/"to the" phrase after the part's predicate is other
  // people's. Mutation check: reading the predicate to the clause's end (hitsFrom) makes each part dead.
  const freedParts: [string, string, string][] = [
    ["Two of the 12 hostages freed on Monday were children whose parents were killed in the raid.", "Two", "12"],
    ["Three of the 40 hostages freed on Monday were women whose husbands died in captivity.", "Three", "40"],
    ["Nine of the 33 hostages released in the first phase are relatives of soldiers killed in the October attack.", "Nine", "33"],
    ["Two of the 25 students freed by the gang were siblings of a boy killed in the attack.", "Two", "25"],
    ["Five of the 18 fishermen freed by the pirates were witnesses to the killing of their captain.", "Five", "18"]
  ];
  for (const [text, part, whole] of freedParts) {
    it(`a freed part is not killed by another's death: ${text}`, () => {
      checkFigures(text, [{quote: part, category: "hostages_released"}, {quote: whole, category: "hostages_released"}]);
    });
  }
});
