/**
 * Round 12 class for stage 05: people released on bail are freed by a court, so prisoners_released, whatever the
 * article is about ("six students were later released on bail" in a kidnap story). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("released on bail → prisoners_released", () => {
  it("a passive release on bail → prisoners_released", () => {
    checkFigures("Eleven porters had been released on bond by nightfall, their union said.", [{quote: "Eleven", category: "prisoners_released"}]);
  });
  it("an active release, bail after the object → prisoners_released", () => {
    checkFigures("A court in Ibadan released 12 activists on bail on Tuesday.", [{quote: "12", category: "prisoners_released"}]);
  });
  it("in a sentence about hostages, the bailed count is still prisoners", () => {
    checkFigures("Bandits freed 40 hostages in May, and six students were later released on bail.", [
      {quote: "40", category: "hostages_released"},
      {quote: "six", category: "prisoners_released"}
    ]);
  });
  it("negative: a bare participle before the count's own verb is no release of theirs", () => {
    checkFigures("Four rebels freed on bail in Kisumu thanked the judge.", [{quote: "Four", category: "other"}]);
  });
  it("negative: a bail hearing frees no one", () => {
    checkFigures("The bail hearing for 20 students was postponed.", [{quote: "20", category: "other"}]);
  });
  it("negative: 'bond' as a place word after a release of villagers by gunmen", () => {
    checkFigures("Gunmen freed 20 villagers on the bond road.", [{quote: "20", category: "hostages_released"}]);
  });
});
