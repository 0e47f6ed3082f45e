/**
 * Round 16 class for stage 05: the names of the people counted, set off by commas right after the count, are an
 * aside; the verb after them is the count's ("Two drivers, <name> and <name>, were freed"). Names may be hyphenated
 * with a capital after the hyphen, carry accents, an apostrophe or an inner capital. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const LEAD = "A gang freed five Italian hostages on Monday.\n";

describe("count, names set off by commas, then the count's verb", () => {
  it("hyphenated first names with a capital after the hyphen", () => {
    checkFigures(LEAD + "Two local drivers, Jean-Luc Morin and Anne-Sophie Brel, were freed with the Italians.", [
      {quote: "five", category: "hostages_released"},
      {quote: "Two", category: "hostages_released"}
    ]);
  });
  it("accented names", () => {
    checkFigures(LEAD + "Two local drivers, Rémi Côté and Zoë Brandt, were freed with the Italians.", [
      {quote: "five", category: "hostages_released"},
      {quote: "Two", category: "hostages_released"}
    ]);
  });
  it("an apostrophe and an inner capital, three names", () => {
    checkFigures(LEAD + "Three guides, Paul O'Neil, Marc DuBois and Ivo Rak, were also released.", [
      {quote: "five", category: "hostages_released"},
      {quote: "Three", category: "hostages_released"}
    ]);
  });
  it("negative: a lower-case aside is no list of names", () => {
    checkFigures(LEAD + "Two local drivers, both from the coast, had seen the raid.", [
      {quote: "five", category: "hostages_released"},
      {quote: "Two", category: "other"}
    ]);
  });
});
