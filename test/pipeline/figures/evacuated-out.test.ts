/**
 * Evacuations told by how people were taken out ("airlifted out", "moved out of", "lifted out of") and shelters
 * reached are displacements (model CATEGORY_CUES.displaced, session 30). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("taken out of a disaster", () => {
  it("airlifted out", () => checkFigures("At least 120 villagers have been airlifted out since Saturday.", [{quote: "At least 120", category: "displaced"}]));
  it("moved out of settlements", () => checkFigures("Between 800 and 900 people have been moved out of low-lying settlements.", [{quote: "Between 800 and 900", category: "displaced"}]));
  it("lifted out of a valley", () => checkFigures("Another 35 people were lifted out of the gorge by a navy crew.", [{quote: "Another 35", category: "displaced"}]));
  it("moved to relief camps", () => checkFigures("About 1,700 residents moved to relief camps.", [{quote: "About 1,700", category: "displaced"}]));
});

describe("negatives", () => {
  it("hostages flown out stay hostages", () => checkFigures("Twelve hostages were flown out of the country on Monday.", [{quote: "Twelve", category: "hostages_held"}]));
  it("freed engineers flown out are no displacement", () => checkFigures("Nine freed engineers were flown out of the capital on Monday.", [{quote: "Nine", category: "other"}]));
});
