/**
 * figures/part-aside.ts: what a part's aside says ("…, two of them dead") is the part's fate, not the whole's.
 * Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {partAsideSpan} from "../../../src/pipeline/figures/part-aside.ts";
import {checkFigures} from "./helpers.ts";

describe("partAsideSpan", () => {
  it.each<[string, string, number, string | null]>([
    ["a number word, to the end", "12 captives, two of them dead.", 11, ", two of them dead."],
    ["digits and 'of whom', closed by a comma", "17 tourists, 3 of whom were freed, near the border", 11, ", 3 of whom were freed"],
    ["a hedge and a round word", "40 hostages, about a dozen of them believed dead", 11, ", about a dozen of them believed dead"],
    ["a quantifier", "30 hostages, most of them women, on Sunday", 11, ", most of them women"],
    ["no comma: no aside", "12 captives two of them dead", 11, null],
    ["a comma and a verb: no aside", "12 captives, police said", 11, null]
  ])("%s", (_label, text, groupEnd, want) => {
    const span = partAsideSpan(text, groupEnd);
    expect(span === null ? null : text.slice(span.start, span.end)).toBe(want);
  });
});

describe("the whole keeps its own fate", () => {
  it("captives still held, two of them dead", () => checkFigures("The gang still holds 12 captives, two of them dead.", [{quote: "12", category: "hostages_held"}, {quote: "two", category: "hostages_dead"}]));
  it("hostages held, a round part believed dead", () => checkFigures("Militants still hold 40 hostages, about a dozen of them believed dead.", [{quote: "40", category: "hostages_held"}]));
  it("hostages held, a part 'of whom' dead", () => checkFigures("The militia holds 59 hostages, 35 of whom are believed dead.", [{quote: "59", category: "hostages_held"}, {quote: "35", category: "hostages_dead"}]));
  it("passengers carried, a part injured", () => checkFigures("The ferry carried 80 passengers, 12 of them injured in the crush.", [{quote: "80", category: "other"}, {quote: "12", category: "wounded"}]));
  it("miners rescued, a part hurt, the aside closed", () => checkFigures("The army rescued 20 miners, two of them badly hurt, from the shaft.", [{quote: "20", category: "other"}, {quote: "two", category: "wounded"}]));
});

describe("kept: the whole's verb before or after a closed aside", () => {
  it("freed, most of them women", () => checkFigures("Fighters freed 30 hostages, most of them women, on Sunday.", [{quote: "30", category: "hostages_released"}]));
  it("abducted, a part later freed", () => checkFigures("Kidnappers seized 17 tourists, three of whom were later released, near the border.", [{quote: "17", category: "abducted"}, {quote: "three", category: "hostages_released"}]));
  it("wounded, a part seriously", () => checkFigures("The attack wounded 50 people, ten of them seriously.", [{quote: "50", category: "wounded"}, {quote: "ten", category: "wounded"}]));
});
