/**
 * Round 21 class for stage 05 (figures/captivity-death.ts): a count whose own predicate is a death "in captivity" counts
 * dead captives (hostages_dead), not people killed; prisoners keep their category. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("dead in captivity: hostages_dead", () => {
  it("a count feared dead in captivity, after a seizure in the clause before", () => {
    checkFigures("Pirates seized 17 sailors off Brava in June; three are now feared dead in captivity, the shipowner said.", [
      {quote: "17", category: "abducted"},
      {quote: "three", category: "hostages_dead"}
    ]);
  });
  it("a count with its own noun that 'died in captivity'", () => {
    checkFigures("Four nuns have died in captivity, the order said.", [
      {quote: "Four", category: "hostages_dead"}
    ]);
  });
});

describe("negatives", () => {
  it("prisoners of war who died in captivity keep 'killed'", () => {
    checkFigures("Of the 40 prisoners of war, 12 died in captivity.", [{quote: "40"}, {quote: "12", category: "killed"}]);
  });
  it("a death in another clause than the captivity", () => {
    checkFigures("Rebels killed 12 soldiers in the raid, and the rest remain in captivity.", [{quote: "12", category: "killed"}]);
  });
  it("a death in the raid, captivity after a semicolon", () => {
    checkFigures("Bandits seized 40 farmers near Kuta in May, and about 6 died in the attack; the rest are in captivity.", [
      {quote: "40", category: "abducted"},
      {quote: "about 6", category: "killed"}
    ]);
  });
  it("a count shot dead, then another count dead in captivity after a comma", () => {
    checkFigures("Gunmen shot dead 12 villagers, and two died in captivity.", [
      {quote: "12", category: "killed"},
      {quote: "two", category: "hostages_dead"}
    ]);
  });
});
