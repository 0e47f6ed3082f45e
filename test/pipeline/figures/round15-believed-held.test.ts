/**
 * Round 15 class for stage 05: people still held, told with a short "with/from" phrase before their held state
 * ("N people with <nationality> passports are still believed to be held"), and others held together with someone
 * in a named place ("held in a cellar with N other men"). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("N <people> with/from … are (believed to be) held → hostages_held", () => {
  it("a range with a 'with' phrase and 'still believed to be held'", () => {
    checkFigures("Between four and seven people with Canadian passports are still believed to be held in the jungle, diplomats say.", [
      {quote: "Between four and seven", category: "hostages_held"}
    ]);
  });
  it("a 'from' phrase and 'thought to be held'", () => {
    checkFigures("At least nine workers from the mine are still thought to be held by the gang.", [{quote: "At least nine", category: "hostages_held"}]);
  });
  it("negative: a 'with' phrase before another verb", () => {
    checkFigures("Some 40 people with injuries were treated in the hospital.", [{quote: "Some 40", category: "wounded"}]);
  });
});

describe("held in <place> with N other <people> → hostages_held", () => {
  it("kept in a basement with others", () => {
    checkFigures("She said her brother had been kept in a basement with at least three other men for weeks.", [
      {quote: "at least three", category: "hostages_held"}
    ]);
  });
  it("a weight lost later in the sentence is no death", () => {
    checkFigures("Their father had been held in a cellar with at least four other men and had lost nearly 9 kilograms.", [
      {quote: "at least four", category: "hostages_held"}
    ]);
  });
  it("negative: an event held in a place with other people", () => {
    checkFigures("The vote was held in the capital with 12 other mayors.", [{quote: "12", category: "other"}]);
  });
});
