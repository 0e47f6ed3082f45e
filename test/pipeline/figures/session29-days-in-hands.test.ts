/**
 * Session 29, stage 05: days "in the hands of" a holder are captivity days, and the people freed after them are
 * hostages freed ("Five engineers freed after 40 days in the hands of a militia"); days in the hands of surgeons or
 * family are none. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("days in the hands of a holder", () => {
  it("a headline: freed after days in the hands of a militia", () => {
    checkFigures("Five engineers freed after 40 days in the hands of a militia", [{quote: "Five", category: "hostages_released"}, {quote: "40", category: "captivity_days"}]);
  });
  it("spent days in the hands of rebels", () => {
    checkFigures("The surveyors spent 61 days in the hands of the rebels.", [{quote: "61", category: "captivity_days"}]);
  });
});

describe("negatives: carers' hands, or no days", () => {
  it("days in the hands of surgeons are no captivity", () => {
    checkFigures("The boy spent ten days in the hands of surgeons.", []);
  });
  it("a case in the hands of a court frees nobody from captivity", () => {
    checkFigures("Five engineers were released on Monday; the case is in the hands of the court.", [{quote: "Five", category: "other"}]);
  });
});
