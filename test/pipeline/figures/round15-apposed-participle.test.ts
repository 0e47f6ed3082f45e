/**
 * Round 15 class for stage 05: the main clause's verb governs, not a participle of capture set off by commas after
 * the count (an apposition), however long the "of/from" phrase before it. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("N <people> (of/from …), <participle> …, were freed → released", () => {
  it("a 'from' phrase, a perfect passive after the apposition", () => {
    checkFigures("All nine engineers from the survey team, snatched from their camp in the hills, have been set free.", [
      {quote: "nine", category: "hostages_released"}
    ]);
  });
  it("a 'from' phrase", () => {
    checkFigures("Eleven fishermen from the coastal village near the lake, abducted by rebels last week, were released on Monday.", [
      {quote: "Eleven", category: "hostages_released"}
    ]);
  });
  it("no phrase before the apposition", () => {
    checkFigures("Six miners, kidnapped by gunmen near the pass in May, were freed on Friday.", [{quote: "Six", category: "hostages_released"}]);
  });
  it("negative: a verb of saying after the apposition leaves the abduction", () => {
    checkFigures("Eleven fishermen from the coastal village near the lake, abducted by rebels last week, said they were beaten.", [
      {quote: "Eleven", category: "abducted"}
    ]);
  });
  it("negative: still missing after the apposition is no release", () => {
    checkFigures("Eleven fishermen from the coastal village near the lake, abducted by rebels last week, are still missing.", [
      {quote: "Eleven", category: "other"}
    ]);
  });
});
