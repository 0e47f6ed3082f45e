/**
 * Trades and professions are person nouns for figures (model FIGURE_PERSON_NOUNS, session 30): "Two pilots were
 * killed" is a count of people as "Two engineers were killed" was. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";
import type {FigureCategory} from "../../../src/pipeline/types.ts";

describe("trades and professions", () => {
  it.each<[string, string, string, FigureCategory]>([
    ["pilots", "Two pilots were killed when the cargo plane crashed.", "Two", "killed"],
    ["geologists with a demonym", "Three Norwegian geologists were kidnapped near the border.", "Three", "abducted"],
    ["surveyors freed", "Gunmen freed nine surveyors on Friday.", "nine", "hostages_released"],
    ["schoolgirls", "More than 200 schoolgirls were abducted from the dormitory.", "More than 200", "abducted"],
    ["pharmacists injured", "Four pharmacists were injured in the blast.", "Four", "wounded"]
  ])("%s", (_label, sentence, quote, category) => checkFigures(sentence, [{quote, category}]));
});

describe("negatives", () => {
  it("a club's name is no trade", () => checkFigures("Rangers beat the visitors 3-1 on Saturday.", []));
  it("a count of things stays out", () => checkFigures("Inspectors checked 40 trucks at the border.", []));
});

describe("a label's abduction yields to a release told after 'later' or 'since'", () => {
  it("'were later freed'", () => checkFigures("Twelve abducted schoolgirls were later freed.", [{quote: "Twelve", category: "hostages_released"}]));
  it("'have since been released'", () => checkFigures("Nine kidnapped surveyors have since been released.", [{quote: "Nine", category: "hostages_released"}]));
});
