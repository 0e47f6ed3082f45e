/**
 * Session 33, stage 05: a day count the article states elsewhere as a captivity's length ("after 886 days in
 * captivity") is that captivity told again, in whatever words: a relative's "We waited for 886 days", "574 days of
 * waiting", a headline's "613 days under <place>". Not when a word makes it something else's length ("the truce lasted
 * 42 days"), nor a count the article never states as a captivity. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a restated captivity length", () => {
  it("a headline's 'N days under <place>'", () => {
    checkFigures("A freed hostage on 412 days under Velm. For most of her 412 days in captivity she was kept in a cellar.",
      [{quote: "412", category: "captivity_days"}, {quote: "412", category: "captivity_days"}]);
  });
  it("a relative's 'We waited for N days'", () => {
    checkFigures("The engineer was freed after 377 days in captivity. \"We waited for 377 days,\" his sister said.",
      [{quote: "377", category: "captivity_days"}, {quote: "377", category: "captivity_days"}]);
  });
  it("'it ended N days of waiting'", () => {
    checkFigures("The nurse was freed after 219 days in captivity. For her parents it ended 219 days of waiting.",
      [{quote: "219", category: "captivity_days"}, {quote: "219", category: "captivity_days"}]);
  });
  it("negative: a truce of the same length is the truce's", () => {
    checkFigures("The nurse was freed after 42 days in captivity. The truce lasted 42 days.", [{quote: "42", category: "captivity_days"}]);
  });
  it("negative: a wait the article never states as a captivity", () => {
    checkFigures("The nurse was freed after 42 days in captivity. \"We waited for 90 days,\" her father said.", [{quote: "42", category: "captivity_days"}]);
  });
});
