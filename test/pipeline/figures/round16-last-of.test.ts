/**
 * Round 16 classes for stage 05: (1) "the last N of M <people>" with no "the" before the whole is a part of the
 * whole, as "N of the M" is (the part takes the verb before it); (2) a release verb that happened right before "the
 * last/remaining/final N" frees those N (they are no longer the ones still held). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("N of M <people>: a part with no 'the' before the whole", () => {
  it("'freed the last N of M <people> it abducted'", () => {
    checkFigures("The militia on Sunday set free the last four of 12 villagers it abducted in May.", [
      {quote: "four", category: "hostages_released"},
      {quote: "12", category: "abducted"}
    ]);
  });
  it("number words on both sides", () => {
    checkFigures("Four of nine hostages were freed at dawn.", [
      {quote: "Four", category: "hostages_released"},
      {quote: "nine", category: "hostages_released"}
    ]);
  });
  it("negative: a whole that counts things gives no figure", () => {
    checkFigures("The team won four of 12 games.", []);
  });
});

describe("a release that happened before 'the last/remaining N'", () => {
  it("past tense with 'the last'", () => {
    checkFigures("Rebels released the last three captives on Friday.", [{quote: "three", category: "hostages_released"}]);
  });
  it("headline present tense without 'the'", () => {
    checkFigures("Gunmen release last two captives in the delta", [{quote: "two", category: "hostages_released"}]);
  });
  it("perfect with 'the remaining'", () => {
    checkFigures("The rebels have freed the remaining 14 hostages.", [{quote: "14", category: "hostages_released"}]);
  });
  it("negative: a release promised is no release", () => {
    checkFigures("The army vowed to free the remaining 14 hostages.", [{quote: "14", category: "hostages_held"}]);
  });
  it("negative: a release denied", () => {
    checkFigures("The rebels did not release the last four hostages.", [{quote: "four", category: "hostages_held"}]);
  });
  it("negative: the release noun", () => {
    checkFigures("Talks focused on the release of the remaining 14 hostages.", [{quote: "14", category: "hostages_held"}]);
  });
});
