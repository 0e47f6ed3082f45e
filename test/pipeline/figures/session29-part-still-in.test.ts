/**
 * Session 29, stage 05: a bare part of an abducted whole named by "Of the" opening the sentence that is still in a
 * place is still held ("Of the 40 miners abducted in May, 12 are still in the forest"). Sentences invented for the
 * tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'Of the N abducted, M are still in <place>': M held", () => {
  it("still in the forest", () => {
    checkFigures("Of the 40 miners abducted in May, 12 are still in the forest.", [{quote: "40", category: "abducted"}, {quote: "12", category: "hostages_held"}]);
  });
  it("remain in the hills", () => {
    checkFigures("Of the 80 villagers kidnapped, 20 remain in the hills.", [{quote: "80", category: "abducted"}, {quote: "20", category: "hostages_held"}]);
  });
  it("still in a named region", () => {
    checkFigures("Of the 120 pupils seized last year, 31 are still in Zamfara.", [{quote: "120", category: "abducted"}, {quote: "31", category: "hostages_held"}]);
  });
});

describe("negatives: care, or a whole that is no captives", () => {
  it("still in hospital is care", () => {
    checkFigures("Of the 40 miners abducted in May, 12 are still in hospital.", [{quote: "40", category: "abducted"}, {quote: "12", category: "wounded"}]);
  });
  it("the evacuated still in schools stay displaced", () => {
    checkFigures("Of the 300 people evacuated, 40 are still in schools.", [{quote: "300", category: "displaced"}, {quote: "40", category: "displaced"}]);
  });
});
