/**
 * Round 22 class for stage 05: a count followed by an aside between dashes and then its own predicate ("Nearly 3,000
 * villagers – many of them farmers – fled the fighting") reads its cues past the aside, as after a comma aside
 * (clause.ts dashAsideHi). A new clause after the aside ("- and police killed a man") is not the count's.
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'N <people> - <aside> - <predicate>' → the predicate decides", () => {
  it("en dashes, a past verb", () => {
    checkFigures("Nearly 3,000 villagers – many of them farmers – fled the fighting on Sunday.", [{quote: "Nearly 3,000", category: "displaced"}]);
  });
  it("hyphens, a perfect passive", () => {
    checkFigures("Some 6,000 residents - mostly fishing families from the delta - have been displaced by the floods.", [
      {quote: "Some 6,000", category: "displaced"}
    ]);
  });
});

describe("negatives", () => {
  it("a new clause after the aside is not the count's", () => {
    checkFigures("The rally drew 400 people - organisers had hoped for more - and police later killed a man.", [
      {quote: "400", category: "other"}
    ]);
  });
  it("an aside too long to be one stays a boundary", () => {
    checkFigures("Some 6,000 residents - mostly fishing families from the delta, according to the latest count by the provincial authorities - have been displaced.", [
      {quote: "Some 6,000", category: "other"}
    ]);
  });
});
