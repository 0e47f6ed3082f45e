/**
 * In a hostage story, people counted by who they are who "are still in" or "remain in" a place or a captor's hands are
 * captives still held (figures/still-there.ts). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const LEAD = "The rebels freed two Chilean hostages on Monday after 300 days in captivity. ";
const freed = [{quote: "two", category: "hostages_released" as const}, {quote: "300", category: "captivity_days" as const}];

describe("nationals still there in a hostage story", () => {
  it("other nationals still in a named place", () => checkFigures(LEAD + "At least two other Chilean nationals are still in the Darien, a diplomat told reporters.",
    [...freed, {quote: "At least two", category: "hostages_held"}]));
  it("more people with a citizenship, an aside, the enclave", () => checkFigures(LEAD + "At least four more people with Chilean citizenship, Pedro among them, remain in the enclave, the ministry believes.",
    [...freed, {quote: "At least four", category: "hostages_held"}]));
  it("citizens in the movement's hands", () => checkFigures(LEAD + "A rebel official said that at least three Chilean citizens remain in the movement's hands.",
    [...freed, {quote: "at least three", category: "hostages_held"}]));
  it("another N people, and the dead among them", () => checkFigures(LEAD + "From Las Palmas alone, another nine people are still in the Darien, at least five of them dead.",
    [...freed, {quote: "another nine", category: "hostages_held"}, {quote: "at least five", category: "hostages_dead"}]));
  it("negative: still in hospital", () => checkFigures(LEAD + "Another 12 people are still in hospital.", [...freed, {quote: "Another 12", category: "wounded"}]));
  it("negative: outside a hostage story", () => checkFigures("Floods hit the valley on Monday. At least two other Chilean nationals are still in the Darien, a diplomat said.",
    [{quote: "At least two", category: "other"}]));
});
