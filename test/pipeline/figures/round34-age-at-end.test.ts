/**
 * Round 34, stage 05: a number after a capitalised name and a comma that ends the sentence is the name's age, as one
 * followed by a comma already was ("…, among them a foreman, Piotr Zielinski, 47." → no figure). Not after a weekday
 * or a month ("the toll rose to 40 and, by Sunday, 52." keeps its count). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'<Name>, N.' at a sentence's end is an age", () => {
  it("after an appositive name closing the sentence", () => {
    checkFigures("Two climbers are unaccounted for, among them an instructor, Tomas Horak, 47.", [{quote: "Two", category: "other"}]);
  });
  it("after 'one of them <Name>'", () => {
    checkFigures("Three miners are missing, one of them Juan Perez, 61.", [{quote: "Three", category: "other"}]);
  });
  it("before an exclamation mark, after a death cue", () => {
    checkFigures("Among the dead is the club's coach, Lars Berg, 56!", []);
  });
  it("negative: a weekday before the comma keeps the count", () => {
    checkFigures("The toll rose to 40 in Ostra and, by Sunday, 52.", [{quote: "40", category: "killed"}, {quote: "52", category: "killed"}]);
  });
  it("negative: a month before the comma keeps the count", () => {
    checkFigures("The toll rose to 40 in Ostra and, by March, 52.", [{quote: "40", category: "killed"}, {quote: "52", category: "killed"}]);
  });
});
