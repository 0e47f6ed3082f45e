/**
 * Round 19 class for stage 05: prisoners after a bare "for" right after a count freed in the same clause ("freed
 * 14 hostages for 300 prisoners"), also past a time and a partitive aside ("returned 20 captives on Friday, three
 * of them dead, for about 600 detainees"), are the other side of the trade: prisoners_released. Sentences invented for
 * the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("prisoners traded for a freed count", () => {
  it("'freed N hostages for M prisoners'", () => {
    checkFigures("The militia freed 14 hostages for 300 prisoners.", [
      {quote: "14", category: "hostages_released"},
      {quote: "300", category: "prisoners_released"}
    ]);
  });
  it("past a time and a partitive aside, with a hedge", () => {
    checkFigures("The militia returned 20 captives on Friday, three of them dead, for about 600 detainees.", [
      {quote: "20", category: "hostages_released"},
      {quote: "three", category: "hostages_dead"},
      {quote: "about 600", category: "prisoners_released"}
    ]);
  });
});

describe("negatives: no trade", () => {
  it("the 'for' of another clause's verb", () => {
    checkFigures("Guards freed 3 hostages on Monday and searched for 40 inmates.", [
      {quote: "3", category: "hostages_released"},
      {quote: "40", category: "other"}
    ]);
  });
  it("business: the first count is not freed", () => {
    checkFigures("The prison service hired 30 guards for 1,200 inmates.", [
      {quote: "30", category: "other"},
      {quote: "1,200", category: "other"}
    ]);
  });
});
