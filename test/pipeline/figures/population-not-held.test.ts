/**
 * A count in the hundreds of thousands is a population, not people held, unless its own noun says hostages or
 * prisoners (figures/extract.ts POPULATION_MIN). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const LEAD = "The rebels freed two hostages on Monday after 300 days in captivity. ";
const freed = [{quote: "two", category: "hostages_released" as const}, {quote: "300", category: "captivity_days" as const}];

describe("a population is no captives", () => {
  it("two million people remain in a territory", () => checkFigures(LEAD + "About 2 million Palestinians remain in Gaza.", [...freed, {quote: "About 2 million", category: "other"}]));
  it("negative: prisoners in their hundreds of thousands are still held", () => checkFigures(LEAD + "More than 100,000 prisoners remain behind bars.",
    [...freed, {quote: "More than 100,000", category: "hostages_held"}]));
  it("negative: a small count that remains is still held", () => checkFigures(LEAD + "Some 30 more people remain in the jungle.", [...freed, {quote: "Some 30", category: "hostages_held"}]));
});
