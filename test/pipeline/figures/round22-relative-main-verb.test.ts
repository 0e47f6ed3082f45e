/**
 * Round 22 class for stage 05: a count whose capture is told in a relative clause with no commas ("who were kidnapped
 * …", "that had been seized …") takes its category from the main verb after that clause, however long the clause
 * (PARTICIPLE_THEN_VERB): the clause is the people's past, the verb what happened to them. Sentences invented for the
 * tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'N <people> who were <captured> … were freed' → the main verb decides", () => {
  it("that had been seized … were released → hostages released", () => {
    checkFigures("Eleven nuns that had been seized from their convent during the wave of violence last spring were released on Sunday, the diocese said.", [
      {quote: "Eleven", category: "hostages_released"}
    ]);
  });
  it("who were arrested … were released → prisoners released", () => {
    checkFigures("Eleven students who were arrested at the protest outside the parliament building on Friday night were released without charge.", [
      {quote: "Eleven", category: "prisoners_released"}
    ]);
  });
  it("who were abducted … are still missing → other (missing people)", () => {
    checkFigures("Eleven nuns who were abducted from their convent during the wave of violence last spring are still missing.", [
      {quote: "Eleven", category: "other"}
    ]);
  });
});

describe("negatives", () => {
  it("a relative clause that tells no capture gives the later verb nothing", () => {
    checkFigures("Nine farm workers who were working for the state mining company in the northern hills of the province have been released from their contracts.", [
      {quote: "Nine", category: "other"}
    ]);
  });
  it("a verb of saying starts another clause: the release is someone else's", () => {
    checkFigures("Nine farm workers who were kidnapped in June by a gang from the northern hills of the province say their captors were freed from jail.", [
      {quote: "Nine", category: "abducted"}
    ]);
  });
  it("another main verb keeps the capture", () => {
    checkFigures("Nine farm workers who were kidnapped by a gang in the northern hills of the province in June were beaten, police said.", [
      {quote: "Nine", category: "abducted"}
    ]);
  });
});
