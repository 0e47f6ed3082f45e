/**
 * Round 19 class for stage 05: a bare count after "puts the number at", "put the figure at", "estimates the total
 * at" restates the figure just before it (same or previous sentence) and takes its category; a release only asked
 * for before it makes it a count of people still held; with no figure before it, or as money, it is no figure.
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a restated count takes the category of the figure before it", () => {
  it("'put the figure at' with a hedge, after a death toll", () => {
    checkFigures("The army says 40 soldiers died. Local officials put the figure at nearly 60.", [
      {quote: "40", category: "killed"},
      {quote: "nearly 60", category: "killed", qualifier: "nearly"}
    ]);
  });
  it("'estimates the total at' in the same sentence, after held hostages", () => {
    checkFigures("Rebels still hold 12 hostages, the army says; a church mediator estimates the total at 15.", [
      {quote: "12", category: "hostages_held"},
      {quote: "15", category: "hostages_held"}
    ]);
  });
  it("after a release only asked for: the people still held", () => {
    checkFigures("The minister urged the rebels to free 25 more hostages. A church mediator estimates the total at 31.", [
      {quote: "25", category: "hostages_released"},
      {quote: "31", category: "hostages_held"}
    ]);
  });
});

describe("negatives: no figure", () => {
  it("no figure before it says what it counts", () => {
    checkFigures("The ministry puts the number at 40.", []);
  });
  it("business: millions after a count of staff", () => {
    checkFigures("The firm hired 300 staff in May. Analysts put the total at 40 million.", [{quote: "300", category: "other"}]);
  });
});
