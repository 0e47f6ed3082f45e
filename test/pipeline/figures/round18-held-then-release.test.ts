/**
 * Round 18 class for stage 05: a relative clause of past captivity ("who were held hostage for a year", "who had been
 * held by the rebels since June") before the count's own release ("…, were freed on Sunday") is the people's past:
 * freed hostages, not people still held nor a release of unknown kind. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("held in the relative clause, freed in the main verb", () => {
  it("held hostage, simple past", () => {
    checkFigures("Two tourists, who were held hostage for a year, were freed on Sunday.", [{quote: "Two", category: "hostages_released"}]);
  });
  it("held by a captor noun, past perfect", () => {
    checkFigures("Four engineers, who had been held by the rebels since June, were released on Monday.", [
      {quote: "Four", category: "hostages_released"}
    ]);
  });
  it("held by pirates, perfect passive", () => {
    checkFigures("Nine aid workers, who were held by pirates for months, have been released.", [{quote: "Nine", category: "hostages_released"}]);
  });
});

describe("negatives: no captors, or no release of the count's own", () => {
  it("sport: fans held by stewards after a match are no hostages", () => {
    checkFigures("Five fans, who were held by stewards after the match, were released.", [{quote: "Five", category: "other"}]);
  });
  it("still held, another verb", () => {
    checkFigures("Two tourists, who are still held by the rebels, were seen in a video.", [{quote: "Two", category: "hostages_held"}]);
  });
  it("held by the army: prisoners, as before", () => {
    checkFigures("Six soldiers, who had been held by the army for a week, were released.", [{quote: "Six", category: "prisoners_released"}]);
  });
});
