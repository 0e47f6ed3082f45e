/**
 * Round 18 class for stage 05: a bare number before a seizure noun used as a modifier and a noun of records or acts
 * ("recorded 1,900 kidnapping complaints", "foiled 12 abduction attempts") counts records or acts, not people: no
 * figure. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("records and acts of seizure are no figure", () => {
  it("complaints with a hedge", () => {
    checkFigures("Prosecutors received more than 800 kidnapping complaints last year.", []);
  });
  it("attempts foiled", () => {
    checkFigures("The army said it had foiled 12 abduction attempts along the highway.", []);
  });
  it("hijacking cases before a date", () => {
    checkFigures("Insurers counted 45 hijacking cases in 2023.", []);
  });
});

describe("negatives: people named after the seizure noun stay figures", () => {
  it("kidnapping victims freed", () => {
    checkFigures("Some 250 kidnapping victims were freed last year.", [{quote: "Some 250", category: "hostages_released"}]);
  });
  it("a seizure noun as the count's own verb-like word with people after", () => {
    checkFigures("Gunmen seized 40 villagers in the raid.", [{quote: "40", category: "abducted"}]);
  });
  it("business: counts of cases that are no seizure stay out as before", () => {
    checkFigures("The insurer settled 300 fraud cases in 2023.", []);
  });
});
