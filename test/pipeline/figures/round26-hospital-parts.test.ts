/**
 * Round 26, stage 05 (sentences invented for the tests):
 * - people rushed, moved or admitted to hospital, or discharged from it, are the event's wounded (not "taken to
 *   hospital": freed hostages are taken to hospital for checks, and earlier rounds keep that no cue);
 * - a bare count coordinated after a part of a definite whole is another part of that whole, of its category
 *   ("Nine of the dead were miners and three were rescuers");
 * - a hyphenated compound between the number and its noun is a modifier ("400 small-scale miners",
 *   "30 part-time and seasonal workers").
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("hospital and discharge cues", () => {
  it("moved to hospitals", () => {
    checkFigures("The bus overturned on Monday and 17 passengers were moved to hospitals in Kumasi.", [{quote: "17", category: "wounded"}]);
  });
  it("rushed to the hospital", () => {
    checkFigures("After the blast, 23 workers were rushed to the hospital in Tema.", [{quote: "23", category: "wounded"}]);
  });
  it("another N discharged", () => {
    checkFigures("Eight fans died in the crush. Another 14 were discharged overnight, doctors said.", [
      {quote: "Eight", category: "killed"},
      {quote: "Another 14", category: "wounded", qualifier: "another"}
    ]);
  });
  it("negative: doctors counted at a hospital are not its patients", () => {
    checkFigures("The hospital employs 40 doctors and 120 nurses.", [
      {quote: "40", category: "other"},
      {quote: "120", category: "other"}
    ]);
  });
});

describe("a count coordinated after a part of a definite whole", () => {
  it("another part of the dead", () => {
    checkFigures("Nine of the dead were miners and three were rescuers, the ministry said.", [
      {quote: "Nine", category: "killed"},
      {quote: "three", category: "killed"}
    ]);
  });
  it("negative: after a count that is no part, the coordinated count keeps no category", () => {
    checkFigures("More than 30 reporters have been jailed, and at least 200 have left the country.", [
      {quote: "More than 30", category: "other"},
      {quote: "at least 200", category: "other"}
    ]);
  });
});

describe("hyphenated modifiers between a number and its noun", () => {
  it("400 small-scale miners", () => {
    checkFigures("More than 400 small-scale miners have died in accidents since 2019.", [{quote: "More than 400", category: "killed", qualifier: "more than"}]);
  });
  it("coordinated with a plain adjective", () => {
    checkFigures("Some 30 part-time and seasonal workers were injured when the roof fell.", [{quote: "Some 30", category: "wounded", qualifier: "some"}]);
  });
  it("negative: a hyphenated compound before a thing counts no people", () => {
    checkFigures("The ministry said 20 follow-up visits were made.", []);
  });
});

describe("more occupations count people", () => {
  it("stewards, a part of a whole", () => {
    checkFigures("Only 90 of the 300 stewards hired for the match had turned up.", [
      {quote: "Only 90", category: "other"},
      {quote: "300", category: "other"}
    ]);
  });
  it("negative: 'stewards' of a thing is still no count without a number", () => {
    checkFigures("The stewards of the club met on Monday.", []);
  });
});

describe("a release told as walking out or free, for a day count", () => {
  it("'walked out of <place> after N days' counts days in captivity", () => {
    checkFigures("When Anna Berg and Tom Hale walked out of the camp on Tuesday after 212 days, their families cheered.", [{quote: "212", category: "captivity_days"}]);
  });
  it("negative: walking out of talks or a hospital is no captivity", () => {
    checkFigures("The workers walked out of the plant after 3 days of talks.", []);
    checkFigures("The climber walked out of the hospital after 12 days.", []);
  });
});
