/**
 * Round 15 class for stage 05: people still held, told with a short "with/from" phrase before their held state
 * ("N villagers from the valley are believed to be held"), and others held together with someone
 * in a named place ("held in a cellar with N other men"). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("N <people> with/from … are (believed to be) held → hostages_held", () => {
  it("a 'from' phrase and 'believed to be held'", () => {
    checkFigures("At least 300 villagers from the valley are believed to be held in camps.", [{quote: "At least 300", category: "hostages_held"}]);
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
    checkFigures("Officials said the pilot, who was kept in a garage with two other crew members, lost 9 kilograms.", [
      {quote: "two", category: "hostages_held"}
    ]);
  });
  it("negative: an event held in a place with other people", () => {
    checkFigures("The vote was held in the capital with 12 other mayors.", [{quote: "12", category: "other"}]);
  });
});
