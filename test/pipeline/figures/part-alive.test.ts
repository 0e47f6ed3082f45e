/**
 * A part of captives told alive ("up to 15 of them are still alive") is a count of hostages held alive
 * (figures/extract.ts bareCountRule, ALIVE_AFTER). Its whole is a count held or taken earlier in the sentence,
 * or, with none, the captives of a hostage sentence or story. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a part of captives told alive", () => {
  it("after a count that remains", () => checkFigures("Of the 70 people taken into the hills in May, 30 remain there; up to 12 of them are still alive.",
    [{quote: "70", category: "abducted"}, {quote: "30", category: "hostages_held"}, {quote: "up to 12", category: "hostages_held", qualifier: "up to"}]));
  it("after a held count, past a reporting verb", () => checkFigures("The cartel holds 25 hostages; the police believe about ten of them are alive.",
    [{quote: "25", category: "hostages_held"}, {quote: "about ten", category: "hostages_held", qualifier: "about"}]));
  it("believed to be alive", () => checkFigures("Pirates still hold 18 sailors, and six of them are believed to be alive.",
    [{quote: "18", category: "hostages_held"}, {quote: "six", category: "hostages_held"}]));
  it("negative: survivors of a disaster are no captives", () => checkFigures("Rescuers reached 30 trapped miners; 12 of them are alive.", [{quote: "30", category: "other"}]));
  it("negative: a whole that is neither held nor taken", () => checkFigures("The storm stranded 40 hikers on the ridge; 25 of them are still alive.", [{quote: "40", category: "other"}]));
});
