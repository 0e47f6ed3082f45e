/**
 * Round 16 class for stage 05: "N of the M <people> <seized participle / who were seized> … were freed": the main
 * verb is the part's (freed); the whole, told by its own seizure participle or relative clause, is those seized
 * (abducted). Hostage heads keep their own rules (all of them are hostages). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the whole of a freed part, with its own seizure participle", () => {
  it("participle with a place and a time", () => {
    checkFigures("Nine of the 12 nurses kidnapped from a clinic last month were freed on Friday, officials said.", [
      {quote: "Nine", category: "hostages_released"},
      {quote: "12", category: "abducted"}
    ]);
  });
  it("relative clause 'who were abducted'", () => {
    checkFigures("Twenty of the 31 pupils who were abducted in March have been released, the governor said.", [
      {quote: "Twenty", category: "hostages_released"},
      {quote: "31", category: "abducted"}
    ]);
  });
  it("negative: no participle on the whole", () => {
    checkFigures("Gunmen released nine of the 12 nurses on Friday.", [
      {quote: "nine", category: "hostages_released"},
      {quote: "12", category: "hostages_released"}
    ]);
  });
  it("negative: a hostage head keeps its own rules", () => {
    checkFigures("Six of the 20 hostages seized at the mine were freed.", [
      {quote: "Six", category: "hostages_released"},
      {quote: "20", category: "hostages_released"}
    ]);
  });
  it("negative: 'taken to hospital' is no seizure", () => {
    checkFigures("Nine of the 12 nurses taken to hospital were freed on Friday.", [
      {quote: "Nine", category: "other"},
      {quote: "12", category: "other"}
    ]);
  });
});
