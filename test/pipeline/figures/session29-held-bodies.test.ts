/**
 * Session 29, stage 05: bodies someone holds are the dead held captive ("the bodies of at least 9 others are held
 * by the militia" → hostages_dead), hostage words in the sentence or not; "the bodies of 12 hostages are still
 * held" is of dead hostages, not living ones. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("held bodies: hostages_dead", () => {
  it("bodies of soldiers held by a named militia, no hostage word", () => {
    checkFigures("The bodies of seven soldiers are still held by the Kidal militia, the ministry said.", [{quote: "seven", category: "hostages_dead"}]);
  });
  it("bodies remaining in the rebels' hands", () => {
    checkFigures("The bodies of five others remain in the hands of the rebels.", [{quote: "five", category: "hostages_dead"}]);
  });
  it("bodies of hostages still held", () => {
    checkFigures("The bodies of at least 12 hostages are still held by the gang.", [{quote: "at least 12", category: "hostages_dead"}]);
  });
});

describe("negatives: bodies recovered, living hostages held", () => {
  it("bodies recovered from a mine are the killed", () => {
    checkFigures("The bodies of 14 miners were recovered on Tuesday.", [{quote: "14", category: "killed"}]);
  });
  it("bodies pulled from rubble are the killed", () => {
    checkFigures("Rescuers pulled the bodies of 30 people from the rubble.", [{quote: "30", category: "killed"}]);
  });
  it("living hostages still held stay held", () => {
    checkFigures("Ten hostages are still held by the gang.", [{quote: "Ten", category: "hostages_held"}]);
  });
});
