/**
 * Round 24, stage 05: a number before the plural noun of a kind of person counts people — security forces and armed
 * men (commandos, gendarmes, militiamen …), people named by a trade in crime (smugglers, poachers …: perpetrators, so
 * a crime word beside them is no category of theirs) and travellers (trekkers, backpackers, birdwatchers …).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("kinds of people are counted", () => {
  it("commandos in a raid", () => {
    checkFigures("Between 30 and 40 commandos stormed the hijacked ferry before dawn.", [
      {quote: "Between 30 and 40", low: 30, high: 40, category: "other", group: "commandos"}
    ]);
  });
  it("gendarmes in a search", () => {
    checkFigures("About 60 gendarmes combed the forest for the missing boy.", [{quote: "About 60", category: "other", group: "gendarmes"}]);
  });
  it("militiamen killed in a clash", () => {
    checkFigures("Some 25 militiamen were killed in the clash near the dam.", [{quote: "Some 25", category: "killed"}]);
  });
  it("trekkers seized by gunmen", () => {
    checkFigures("Gunmen seized four Dutch trekkers on the pass last week.", [{quote: "four", category: "abducted", group: "dutch trekkers"}]);
  });
  it("backpackers freed", () => {
    checkFigures("Two Swiss backpackers abducted in the jungle were freed on Monday.", [{quote: "Two", category: "hostages_released"}]);
  });
  it("suspected collaborators detained", () => {
    checkFigures("Nearly 20 suspected collaborators have been detained in the port.", [{quote: "Nearly 20", category: "other"}]);
  });
});

describe("perpetrators by their trade keep the crime beside them off their category", () => {
  it("smugglers wanted for a kidnapping are no abducted", () => {
    checkFigures("Police arrested 15 smugglers wanted for the kidnapping of two nurses.", [
      {quote: "15", category: "other", group: "smugglers"},
      {quote: "two", category: "abducted"}
    ]);
  });
  it("poachers questioned about a killing are no killed", () => {
    // Mutation check: without "poachers" in PERPETRATOR_NOUNS the six are killed.
    checkFigures("Rangers questioned six poachers about the killing of a warden.", [{quote: "six", category: "other"}]);
  });
});

describe("negatives: the singular modifies another noun, a family is no count", () => {
  it("a commando unit counts units", () => {
    // Mutation check: with the singular "commando" added, the two units become two people.
    checkFigures("The army sent two commando units to the border.", []);
  });
  it("a hunting party's rifles count rifles", () => {
    checkFigures("Police seized three hunting rifles from the lorry.", []);
  });
  it("families waiting for news are no count (not in the list)", () => {
    // Mutation check: with "families" added, this gives a figure of 12.
    checkFigures("Twelve families are waiting for news at the mine gate.", []);
  });
  it("a family of five", () => {
    checkFigures("The flood left a family of five without a home.", []);
  });
});
