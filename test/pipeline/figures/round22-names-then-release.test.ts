/**
 * Round 22 class for stage 05: the count's own passive release after the names of its people set off by commas, with
 * an optional status phrase first ("Three aid workers holding British passports, Tom Hale, Ian Ross and his wife Jo,
 * have been released"), is the count's release however far (NAMES_THEN_RELEASE in releaseAfterRelative). Whose
 * release it is comes from the sentence or the article. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const LEAD = "Gunmen still hold 40 hostages in the north.\n";

describe("'N <people>, <names>, were released' → the release of the count", () => {
  it("with a status phrase and a kin word before a name", () => {
    checkFigures(LEAD + "Three aid workers holding British passports, Tom Hale, Ian Ross and his wife Jo, have been released, the charity said.", [
      {quote: "40", category: "hostages_held"},
      {quote: "Three", category: "hostages_released"}
    ]);
  });
});

describe("negatives", () => {
  it("another verb after the names is the count's own", () => {
    checkFigures(LEAD + "Three aid workers holding British passports, Tom Hale, Ian Ross and his wife Jo, were killed, the charity said.", [
      {quote: "40", category: "hostages_held"},
      {quote: "Three", category: "killed"}
    ]);
  });
  it("no status or names: a far release read from the article alone is not the count's", () => {
    checkFigures(LEAD + "Three aid workers who had travelled from the capital for the talks with the elders were released, the charity said.", [
      {quote: "40", category: "hostages_held"},
      {quote: "Three", category: "other"}
    ]);
  });
});

describe("Mend 22 F7: a release on bail or by a court after the names is no captive's release (review sentence)", () => {
  it("released on bail by a court, in a kidnap story", () => {
    checkFigures("Gunmen kidnapped a priest in Enugu on Monday. Three men, Ali Musa, Omar Bello and his brother Sani, were released on bail by a court.", [
      {quote: "Three", category: "other"}
    ]);
  });
});
