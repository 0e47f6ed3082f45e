/**
 * Session 31's displacement cues (model CATEGORY_CUES.displaced): an airlift on its own, people escorted out,
 * staying in schools or with relatives, leaving for fear of attack. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("displacement told by how people left", () => {
  it("airlifted since a day", () => checkFigures("At least 350 residents have been airlifted since Sunday.", [{quote: "At least 350", category: "displaced"}]));
  it("escorted out", () => checkFigures("Nearly 40 tourists who were at the lake were escorted out by police.", [{quote: "Nearly 40", category: "displaced"}]));
  it("left, fearing reprisals", () => checkFigures("Over 300 villagers left for the coast, fearing reprisals.", [{quote: "Over 300", category: "displaced"}]));
  it("staying in schools", () => checkFigures("The river burst its banks; 2,000 people are staying in schools and churches.", [{quote: "2,000", category: "displaced"}]));
  it("negative: airlifted to hospital is a wound", () => checkFigures("Eleven climbers were airlifted to hospital.", [{quote: "Eleven", category: "wounded"}]));
  it("negative: pupils staying in school after hours are no evacuees", () => checkFigures("About 300 pupils are staying in class after hours.", [{quote: "About 300", category: "other"}]));
});

describe("displacement told by a return that has not happened", () => {
  it("have not yet returned, after fleeing", () => checkFigures("Between 300 and 350 farmers fled the plain during the fighting, and nearly 80 have not yet returned.",
    [{quote: "Between 300 and 350", category: "displaced"}, {quote: "nearly 80", category: "displaced"}]));
  it("unable to return to their homes", () => checkFigures("About 14,000 people have been unable to return to their homes since the eruption.", [{quote: "About 14,000", category: "displaced"}]));
  it("negative: hostages not yet returned are still held", () => checkFigures("Nine hostages have not yet returned home, officials said.", [{quote: "Nine", category: "hostages_held"}]));
});
