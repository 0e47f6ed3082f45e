/**
 * Round 22 class for stage 05: "<get> N hostages out (of <place>)" is getting captives free, a release cue around the
 * count like "brought N home" (getOut). "N hostages out of 40" is a share, no release. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'got N hostages out of <place>' → released", () => {
  it("got 14 hostages out of the camp", () => {
    checkFigures("Mediators got 14 hostages out of the camp before the raid.", [{quote: "14", category: "hostages_released"}]);
  });
  it("can get the nine hostages out", () => {
    checkFigures("Qatar says it can get the nine hostages out within a week.", [{quote: "nine", category: "hostages_released"}]);
  });
});

describe("negatives", () => {
  it("another verb before the count: keeping them out of reach", () => {
    checkFigures("The rebels keep 14 hostages out of reach of the army.", [{quote: "14", category: "hostages_held"}]);
  });
  it("'out of 40' is a share", () => {
    checkFigures("The rebels hold 40 hostages, but the envoy got only two hostages out of 40 on his list.", [
      {quote: "40", category: "hostages_held"},
      {quote: "only two", category: "hostages_held"}
    ]);
  });
});

describe("Mend 22 F6: getting people out of a vehicle, water or a building is a rescue (review sentence)", () => {
  it("police got 14 passengers out of the bus, in a kidnap story", () => {
    checkFigures("Kidnappers seized a bus in Kaduna on Monday. Police got 14 passengers out of the bus before it caught fire.", [
      {quote: "14", category: "other"}
    ]);
  });
  it("still released: people of any noun got out of a named place in a hostage story", () => {
    checkFigures("The hostages were freed on Monday. Rome helped get three nurses out of Libya.", [
      {quote: "three", category: "hostages_released"}
    ]);
  });
});
