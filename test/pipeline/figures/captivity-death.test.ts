/**
 * Round 21 class for stage 05 (figures/captivity-death.ts): a count whose own predicate is a death "in captivity" counts
 * dead captives (hostages_dead), not people killed; prisoners keep their category. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("dead in captivity: hostages_dead", () => {
  it("a bare part believed dead in captivity", () => {
    checkFigures("Of the 90 people abducted in March, some 12 are believed dead in captivity.", [
      {quote: "90", category: "abducted"},
      {quote: "some 12", category: "hostages_dead"}
    ]);
  });
  it("'died in captivity'", () => {
    checkFigures("Of the 90 people abducted in March, some 12 died in captivity.", [
      {quote: "90", category: "abducted"},
      {quote: "some 12", category: "hostages_dead"}
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
    checkFigures("Of the 90 people abducted in March, some 12 died in the raid; the others are in captivity.", [
      {quote: "90", category: "abducted"},
      {quote: "some 12", category: "killed"}
    ]);
  });
  it("a count shot dead, then another count dead in captivity after a comma", () => {
    checkFigures("Gunmen shot dead 12 villagers, and two died in captivity.", [
      {quote: "12", category: "killed"},
      {quote: "two", category: "hostages_dead"}
    ]);
  });
});
