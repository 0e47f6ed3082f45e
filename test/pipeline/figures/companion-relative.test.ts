/**
 * Two small widenings of captivity told around a count (session 31). Sentences invented for the tests.
 * - A companion joined by "and" may carry its own relative clause of seizure before the count's main verb
 *   (figures/category.ts PARTICIPLE_THEN_VERB): the verb, not the seizure, is what happened to them.
 * - "in the hands of an armed band" names a captor (model CAPTOR_NOUNS: band, hostage-takers, criminal group).
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a companion's relative clause before the main verb", () => {
  it("set free", () => checkFigures("Two surveyors and the driver who was seized with them were set free on Monday.", [{quote: "Two", category: "hostages_released"}]));
  it("freed, with a plural companion", () => checkFigures("Three nuns and the novices who were kidnapped with them have been freed.", [{quote: "Three", category: "hostages_released"}]));
  it("negative: a main verb that is no release keeps the seizure", () => checkFigures("Two surveyors and the driver who was seized with them were beaten.", [{quote: "Two", category: "abducted"}]));
  it("negative: missing", () => checkFigures("Two surveyors and the driver who was seized with them remain missing.", [{quote: "Two", category: "other"}]));
});

describe("days in the hands of a band", () => {
  it("an armed band", () => checkFigures("Two geologists were set free on Monday, ending 20 days in the hands of an armed band.", [{quote: "Two", category: "hostages_released"}, {quote: "20", category: "captivity_days"}]));
  it("the hostage-takers", () => checkFigures("The nurses spent 35 days in the hands of the hostage-takers.", [{quote: "35", category: "captivity_days"}]));
  it("negative: a music band's days are no captivity", () => checkFigures("The band played for 20 days in the hands of the promoter.", []));
});

describe("the participle says whose release it is", () => {
  it("a seizure beats a prison named later in the sentence", () => checkFigures(
    "Two surveyors and the driver who was seized with them were set free on Monday by a gang that had demanded the release of its members from prison.",
    [{quote: "Two", category: "hostages_released"}]));
  it("an arrest beats a hostage word named later in the sentence", () => checkFigures("Twelve protesters arrested in May were freed on Monday in a hostage deal.",
    [{quote: "Twelve", category: "prisoners_released"}]));
});
