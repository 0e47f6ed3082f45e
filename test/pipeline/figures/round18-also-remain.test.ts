/**
 * Round 18 class for stage 05: the count's own held state said with "also" ("two other reporters also remain in
 * custody", "three crew members are also still held"), right after the count or after an aside of names, is still
 * held, as without "also". Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'also' before or after the copula of a held state", () => {
  it("after an aside of names", () => {
    checkFigures("The two other volunteers, Rui Sato and Ana Mele, also remain in jail.", [
      {quote: "two", category: "hostages_held"}
    ]);
  });
  it("right after the count", () => {
    checkFigures("Five journalists also remain in detention, the union said.", [{quote: "Five", category: "hostages_held"}]);
  });
  it("after the copula, with 'still held by'", () => {
    checkFigures("Three crew members are also still held by the pirates.", [{quote: "Three", category: "hostages_held"}]);
  });
});

describe("negatives: 'also remain' somewhere that is no captivity", () => {
  it("hospital", () => {
    checkFigures("Two patients also remain in hospital after the crash.", [{quote: "Two", category: "wounded"}]);
  });
  it("business: workers who remain in the company", () => {
    checkFigures("Four hundred workers also remain in the company after the merger.", [{quote: "Four hundred", category: "other"}]);
  });
});
