/**
 * Round 18 class for stage 05: a count whose own present copula names them captives ("1,200 people are political
 * prisoners", "40 journalists remain prisoners of conscience"), also after a participle of how they were held
 * ("people jailed on terrorism charges are political prisoners"), counts people still held (hostages_held).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the count's own copula names them captives", () => {
  it("people are political prisoners", () => {
    checkFigures("Rights groups say about 1,200 people are political prisoners.", [{quote: "about 1,200", category: "hostages_held"}]);
  });
  it("a participle phrase of the jailing between", () => {
    checkFigures("Lawyers say at least 35 bloggers jailed on terrorism charges are political prisoners.", [
      {quote: "at least 35", category: "hostages_held"}
    ]);
  });
  it("remain prisoners of conscience", () => {
    checkFigures("At least 40 journalists remain prisoners of conscience, the group said.", [{quote: "At least 40", category: "hostages_held"}]);
  });
});

describe("negatives: no captivity now", () => {
  it("business: workers 'hostages to' a company's debts", () => {
    checkFigures("The 300 workers are hostages to the company's debts, the union said.", [{quote: "300", category: "other"}]);
  });
  it("a past copula: the captivity may be over", () => {
    checkFigures("Four nurses were hostages for a year.", [{quote: "Four", category: "other"}]);
  });
});
