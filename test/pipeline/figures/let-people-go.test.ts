/**
 * People of any kind let go in a story of captives are freed (figures/extract.ts letPeopleGoRule).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("let N people go", () => {
  it("in a hostage story", () => checkFigures("A gunman took 14 people hostage in a courthouse on Thursday. He let six women go within two hours.",
    [{quote: "14", category: "abducted"}, {quote: "six", category: "hostages_released"}]));
  it("let the N passengers walk", () => checkFigures("The hijackers let the 30 passengers walk after the hostage talks.", [{quote: "30", category: "hostages_released"}]));
  it("in a prisoner story", () => checkFigures("The regime let 40 students go from its prisons on Friday.", [{quote: "40", category: "prisoners_released"}]));
  it("negative: a firm letting workers go", () => checkFigures("The firm let 12 workers go at the end of the year.", [{quote: "12", category: "other"}]));
  it("negative: let N people speak", () => checkFigures("A gunman held 14 people hostage. He let six women speak to reporters.", [{quote: "14", category: "hostages_held"}, {quote: "six", category: "other"}]));
});
