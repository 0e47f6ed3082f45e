/**
 * An "other" word in a count's label ("rescued", "trapped", "stranded") yields to a death or a wound told after the
 * group (figures/category.ts labelOutweighed). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the label's 'other' word yields to harm after the group", () => {
  it("rescued … were injured", () => checkFigures("Six rescued climbers were injured.", [{quote: "Six", category: "wounded"}]));
  it("of the rescued … were killed", () => checkFigures("Four of the rescued fishermen were later killed.", [{quote: "Four", category: "killed"}]));
  it("treated at a named hospital for injuries", () => checkFigures("Eleven of the rescued workers are being treated at Valdor General Hospital for burns and injuries.", [{quote: "Eleven", category: "wounded"}]));
});

describe("negatives", () => {
  it("a release verb before trapped people is a rescue", () => checkFigures("Rescuers freed 30 trapped miners.", [{quote: "30", category: "other"}]));
  it("no harm after: the label's word stays", () => checkFigures("Twelve stranded tourists were airlifted out on Monday.", [{quote: "Twelve", category: "other"}]));
});
