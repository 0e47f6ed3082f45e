/**
 * Round 18 class for stage 05: people going back to their districts, villages or towns after fleeing ("About
 * 500,000 people have returned to their districts") are no release, even in a story of freed captives (whose
 * release would otherwise lend its kind to a bare "returned"). "Returned home" and "returned to their homes" stay
 * release cues (freed captives go home too), and so does a return of people named freed or with captivity words in
 * the sentence. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const RELEASE = "Gunmen freed three kidnapped engineers on Monday, the ministry said.\n";

describe("a return to districts, villages or towns is no release", () => {
  it("perfect tense, districts, in a story of a release", () => {
    checkFigures(`${RELEASE}About 500,000 people have returned to their districts since the offensive ended.`, [
      {quote: "three", category: "hostages_released"},
      {quote: "About 500,000", category: "other"}
    ]);
  });
  it("progressive, villages", () => {
    checkFigures(`${RELEASE}Some 3,000 farmers are returning to their villages after the fighting.`, [
      {quote: "three", category: "hostages_released"},
      {quote: "Some 3,000", category: "other"}
    ]);
  });
  it("weather: residents returning to their towns after the floods", () => {
    checkFigures("Nearly 9,000 residents returned to their towns after the floods receded.", [{quote: "Nearly 9,000", category: "other"}]);
  });
});

describe("negatives: returns that are releases stay releases", () => {
  it("people named freed, returning to their villages in a story of a release", () => {
    checkFigures(`${RELEASE}The 12 freed fishermen returned to their villages on Friday.`, [
      {quote: "three", category: "hostages_released"},
      {quote: "12", category: "hostages_released"}
    ]);
  });
  it("captivity words in the sentence itself", () => {
    checkFigures("Freed from jail, the 12 fishermen returned to their villages on Friday.", [{quote: "12", category: "prisoners_released"}]);
  });
  it("hostages returning to their homes", () => {
    checkFigures("Two hostages returned to their homes on Sunday.", [{quote: "Two", category: "hostages_released"}]);
  });
  it("returned home in a story of a release", () => {
    checkFigures(`${RELEASE}Twelve other workers returned home on Friday.`, [
      {quote: "three", category: "hostages_released"},
      {quote: "Twelve", category: "hostages_released"}
    ]);
  });
});
