/**
 * Counts that describe a place's capacity ("built for 400 people") or a person's family ("who has three
 * children") are no people in the story (figures/exclusions.ts, model CAPACITY_BEFORE, CHILD_NOUNS).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("capacity", () => {
  it("built for N people", () => checkFigures("The sports hall, built for about 600 people, now shelters more than 900 evacuees.", [{quote: "more than 900", category: "displaced"}]));
  it("a capacity of N", () => checkFigures("The stadium, with a capacity of 20,000 spectators, was half empty.", []));
  it("licensed to carry N", () => checkFigures("The bus was licensed to carry 45 passengers; 70 people were killed when it overturned.", [{quote: "70", category: "killed"}]));
  it("can carry N", () => checkFigures("The lifeboat can carry 60 people, but 12 sailors drowned.", [{quote: "12", category: "killed"}]));
  it("negative: 'want to hold' is an act, not a capacity", () => checkFigures("The militia wants to hold 40 hostages until the talks.", [{quote: "40", category: "hostages_held"}]));
  it("negative: a count after 'for' with no capacity word", () => checkFigures("The agency paid for 300 evacuees to travel home.", [{quote: "300", category: "displaced"}]));
});

describe("family descriptors", () => {
  it("who has N children", () => checkFigures("Tomas Vega, who has three children, was freed on Sunday.", []));
  it("she has N young daughters", () => checkFigures("She has two young daughters and returned to work.", []));
  it("negative: a place that has children counts them", () => checkFigures("The camp has 300 children and 200 women.", [{quote: "300"}, {quote: "200"}]));
  it("negative: hostages with children are still counted", () => checkFigures("The rebels freed 12 hostages who have three children each.", [{quote: "12", category: "hostages_released"}]));
});
