/**
 * Session 32, stage 05: "after N days" right after a release verb is a captivity in a story of freed hostages, even when
 * the sentence has no captivity word of its own ("whom the rebels let go last week after 380 days in the Sahel").
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const LEAD = "Rebels freed two Italian hostages on Friday after a year in captivity. ";
const lead = [{quote: "two", category: "hostages_released" as const}];

describe("after N days, right after a release verb, in a hostage story", () => {
  it("let go last week after N days in a place", () => checkFigures(LEAD + "Marco Bassi, whom the rebels let go last week after 380 days in the Sahel, appealed on Monday to the president.",
    [...lead, {quote: "380", category: "captivity_days"}]));
  it("released on Friday after more than N days", () => checkFigures(LEAD + "Anna Conti, released on Friday after more than 370 days in the desert, thanked the negotiators.",
    [...lead, {quote: "more than 370", category: "captivity_days"}]));
  it("negative: the same shape outside a hostage story is no figure", () => checkFigures("The bank released its results on Friday. The chief executive, whom the board let go last week after 380 days in the post, spoke on Monday.", []));
});
