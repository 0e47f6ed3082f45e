/**
 * Round 22 class for stage 05: a count whose capture is told in a relative clause with no commas ("who were kidnapped
 * …", "that had been seized …") takes its category from the main verb after that clause, however long the clause
 * (PARTICIPLE_THEN_VERB): the clause is the people's past, the verb what happened to them. Sentences invented for the
 * tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'N <people> who were <captured> … were freed' → the main verb decides", () => {
  it("who were kidnapped … were freed → hostages released", () => {
    checkFigures("Nine farm workers who were kidnapped by a gang in the northern hills of the province in June were freed on Monday, police said.", [
      {quote: "Nine", category: "hostages_released"}
    ]);
  });
  it("that had been seized … have been released → hostages released", () => {
    checkFigures("Nine farm workers that had been seized by a gang in the northern hills of the province in June have been released.", [
      {quote: "Nine", category: "hostages_released"}
    ]);
  });
  it("who were arrested … were released → prisoners released", () => {
    checkFigures("Nine farm workers who were arrested by police in the northern hills of the province in June were released on bail.", [
      {quote: "Nine", category: "prisoners_released"}
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
