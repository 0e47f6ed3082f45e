/**
 * Round 26, stage 05 (sentences invented for the tests, on other subjects than the held-out sets):
 * - people rushed, moved or airlifted to hospital, or discharged from hospital, are the event's wounded (not "taken
 *   to hospital": freed hostages are taken to hospital for checks; not a bare "discharged" nor "admitted to
 *   hospital": review 26 F2);
 * - a bare count coordinated after a part of a definite whole is another part of that whole, of its category
 *   ("Nine of the dead were miners and three were rescuers");
 * - a hyphenated compound between the number and its noun is a modifier ("30 part-time workers");
 * - more occupations (plurals only: "3 guard dogs" counts no guards, review 26 F3);
 * - "walked free" tells a release for a day count ("walked out of" does not: review 26 F4).
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("hospital cues", () => {
  it("moved to hospitals", () => {
    checkFigures("The bus overturned on Monday and 17 passengers were moved to hospitals in Kumasi.", [{quote: "17", category: "wounded"}]);
  });
  it("rushed to the hospital", () => {
    checkFigures("After the blast, 23 workers were rushed to the hospital in Tema.", [{quote: "23", category: "wounded"}]);
  });
  it("discharged from hospital", () => {
    checkFigures("The ferry capsized on Friday. By Sunday, 40 passengers had been discharged from hospital.", [{quote: "40", category: "wounded"}]);
  });
  it("negative: doctors counted at a hospital are not its patients", () => {
    checkFigures("The hospital employs 40 doctors and 120 nurses.", [
      {quote: "40", category: "other"},
      {quote: "120", category: "other"}
    ]);
  });
  it("negative (review 26 F2): soldiers discharged from the army are not wounded", () => {
    checkFigures("Three soldiers were dishonourably discharged from the army after the scandal.", [{quote: "Three", category: "other"}]);
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
  it("30 part-time and seasonal workers", () => {
    checkFigures("Some 30 part-time and seasonal workers were injured when the roof fell.", [{quote: "Some 30", category: "wounded", qualifier: "some"}]);
  });
  it("60 off-duty firefighters", () => {
    checkFigures("At least 60 off-duty firefighters were killed in the blaze.", [{quote: "At least 60", category: "killed", qualifier: "at least"}]);
  });
  it("negative: a hyphenated compound before a thing counts no people", () => {
    checkFigures("The ministry said 20 follow-up visits were made.", []);
  });
});

describe("more occupations count people", () => {
  it("ushers, a part of a whole", () => {
    checkFigures("Only 90 of the 300 ushers booked for the concert had turned up.", [
      {quote: "Only 90", category: "other"},
      {quote: "300", category: "other"}
    ]);
  });
  it("negative (review 26 F3): a singular occupation before a noun modifies it", () => {
    checkFigures("The army deployed 3 guard dogs along the border.", []);
    checkFigures("Two nurse sharks were caught off the coast.", []);
  });
});

describe("a release told as walking free, for a day count", () => {
  it("'walked free after N days' counts days in captivity", () => {
    checkFigures("The aid worker walked free on Tuesday after 212 days.", [{quote: "212", category: "captivity_days"}]);
  });
  it("negative (review 26 F4): walking out of a factory or parliament is no captivity", () => {
    checkFigures("Workers walked out of the factory after 12 days without pay.", []);
    checkFigures("The climber walked out of the hospital after 12 days.", []);
  });
});
