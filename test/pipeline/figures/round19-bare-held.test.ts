/**
 * Round 19 class for stage 05: a bare count (no noun) whose own verb is a held state ("40 more remain in military
 * jails", "14 are still being held by the militia") is still held; without a noun it had no cue, and "N more" with
 * no earlier count was dropped. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a bare count still held by its own verb", () => {
  it("'N more remain behind bars', with a hedge, before a speaker", () => {
    checkFigures("At least 40 more remain behind bars in military prisons, their lawyers say.", [{quote: "At least 40", category: "hostages_held"}]);
  });
  it("'remain in custody' before a speaker", () => {
    checkFigures("Nine remain in custody, their lawyers said.", [{quote: "Nine", category: "hostages_held"}]);
  });
  it("'are still being held by'", () => {
    checkFigures("Officials said 14 are still being held by the militia.", [{quote: "14", category: "hostages_held"}]);
  });
});

describe("negatives: no held state of the count's own", () => {
  it("a hospital is no captivity", () => {
    checkFigures("Two more remain in hospital after the crash.", [{quote: "Two", category: "wounded"}]);
  });
  it("sport: a squad is no captivity", () => {
    checkFigures("Three more remain in the squad for the final.", []);
  });
  it("courts: a past 'were jailed' is an arrest", () => {
    checkFigures("Of 200 people arrested, 60 were jailed.", [{quote: "200", category: "other"}, {quote: "60", category: "other"}]);
  });
});
