/**
 * Round 34, stage 05: residents "moved out" with no "of" after the verb are evacuated ("about 900 residents of the
 * lower town were moved out overnight" → displaced), as "moved out of" and "moved out by" already were. Heads not
 * moved out of danger (inmates, nurses) keep their category. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'were moved out' with no place after it is displacement", () => {
  it("'N residents were moved out overnight'", () => {
    checkFigures("About 900 residents were moved out overnight as the river rose.", [{quote: "About 900", category: "displaced"}]);
  });
  it("a place between the head and the verb ('N residents of <town> were moved out')", () => {
    checkFigures("Police say about 1,100 residents of Marsh End were moved out before dawn, and 200 staff fled the depot.",
      [{quote: "about 1,100", category: "displaced"}, {quote: "200", category: "displaced"}]);
  });
  it("'have been moved out' with a time after", () => {
    checkFigures("Nearly 600 villagers have been moved out since Sunday, the district office said.", [{quote: "Nearly 600", category: "displaced"}]);
  });
  it("negative: inmates moved out are no evacuees", () => {
    checkFigures("About 40 inmates were moved out overnight after the riot.", [{quote: "About 40", category: "other"}]);
  });
  it("negative: staff moved between wards are no evacuees", () => {
    checkFigures("About 30 nurses were moved out to the new wing on Monday.", [{quote: "About 30", category: "other"}]);
  });
});
