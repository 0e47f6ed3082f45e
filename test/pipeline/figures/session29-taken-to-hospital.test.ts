/**
 * Session 29, stage 05: "were taken to <Saint> <Name>'s Hospital" is care, not an abduction (the hospital word may
 * come up to three names after "to", and no one's possessive is a place captives are taken to). Sentences invented
 * for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("taken to a named hospital: no abduction", () => {
  it("a saint's hospital", () => {
    checkFigures("Twelve passengers were taken to St Anne's Hospital.", [{quote: "Twelve", category: "other"}]);
  });
  it("three names before 'Hospital'", () => {
    checkFigures("Nine miners were taken to Kisumu County Referral Hospital.", [{quote: "Nine", category: "other"}]);
  });
});

describe("negatives: taken to a place by captors stays an abduction", () => {
  it("taken to a country by gunmen", () => {
    checkFigures("Twelve engineers were taken to Niger by the gunmen.", [{quote: "Twelve", category: "abducted"}]);
  });
  it("taken to a named forest", () => {
    checkFigures("Twelve farmers were taken to Sambisa Forest.", [{quote: "Twelve", category: "abducted"}]);
  });
});
