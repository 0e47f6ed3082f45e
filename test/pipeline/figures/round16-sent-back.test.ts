/**
 * Round 16 class for stage 05: "sent back / handed back N <people>" told from the releasing side of a swap is a
 * release; the swap or custody words of the sentence or the article say whose (prisoners here). Without them a
 * return is no release. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const SWAP_LEAD = "Two states freed 11 prisoners on Friday in a swap brokered by Oman.\n";

describe("sent back / handed back in a swap", () => {
  it("second clause after a semicolon, prisoner words in the sentence", () => {
    checkFigures("In the swap, Canada freed three prisoners; Spain and Italy sent back seven Chinese nationals.", [
      {quote: "three", category: "prisoners_released"},
      {quote: "seven", category: "prisoners_released"}
    ]);
  });
  it("coordinated demonyms, the article's swap says prisoners", () => {
    checkFigures(SWAP_LEAD + "In the deal, Iran freed two reporters, and Sweden sent back 12 Iranians and Afghans.", [
      {quote: "11", category: "prisoners_released"},
      {quote: "two", category: "prisoners_released"},
      {quote: "12", category: "prisoners_released"}
    ]);
  });
  it("'handed back' as its own sentence", () => {
    checkFigures(SWAP_LEAD + "The other side handed back five Azerbaijanis.", [
      {quote: "11", category: "prisoners_released"},
      {quote: "five", category: "prisoners_released"}
    ]);
  });
  it("negative: workers sent back after a strike", () => {
    checkFigures("The company sent back 200 workers after the strike.", [{quote: "200", category: "other"}]);
  });
  it("negative: migrants sent back to a border", () => {
    checkFigures("Officials sent back 30 asylum seekers to the border.", [{quote: "30", category: "other"}]);
  });
});
