/**
 * Round 22 class for stage 05: a bare count right after an abducted whole in its sentence, whose own verb is "remain"
 * (there, captive, in a place that is no hospital, or at the clause's end), is the part still held ("+remain" in
 * neighbourRules). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'<seized> N …, and M remain …' → held", () => {
  it("remain in the forest after an abduction", () => {
    checkFigures("Bandits abducted 60 pupils from a boarding school in May and 14 remain in the forest, their parents say.", [
      {quote: "60", category: "abducted"},
      {quote: "14", category: "hostages_held"}
    ]);
  });
  it("still remain captive after a seizure", () => {
    checkFigures("Gunmen seized 30 miners on Monday, and 11 still remain captive.", [
      {quote: "30", category: "abducted"},
      {quote: "11", category: "hostages_held"}
    ]);
  });
});

describe("negatives", () => {
  it("remain in hospital is no captivity", () => {
    checkFigures("Gunmen seized 40 villagers on Sunday, and 12 remain in hospital.", [
      {quote: "40", category: "abducted"},
      {quote: "12", category: "wounded"}
    ]);
  });
  it("a whole that was not abducted", () => {
    checkFigures("Floods displaced 400 villagers, and 120 remain there.", [
      {quote: "400", category: "displaced"},
      {quote: "120", category: "other"}
    ]);
  });
  it("'remained' for a while is a past", () => {
    checkFigures("Bandits abducted 60 pupils from a boarding school in May and 14 remained there for a week.", [
      {quote: "60", category: "abducted"},
      {quote: "14", category: "other"}
    ]);
  });
});
