/**
 * A part told by where ("three of them to intensive care") whose own cue agrees with its whole's category is an aside
 * of that whole (figures/extract.ts bareCountRule, agreeingAside). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a part told by where, agreeing with its whole", () => {
  it("to intensive care after the injured taken to hospitals", () => checkFigures("Nineteen of the injured have been taken to hospitals in the city, three of them to intensive care.",
    [{quote: "Nineteen", category: "wounded"}, {quote: "three", category: "wounded"}]));
  it("in hospital after a count of wounded", () => checkFigures("The blast wounded 30 workers, eight of them in hospital in the capital.",
    [{quote: "30", category: "wounded"}, {quote: "eight", category: "wounded"}]));
  it("a part of an 'other' whole with no cue of its own is other, not wounded", () => checkFigures("Rescuers pulled 40 people from the rubble, 12 of them to hospital.",
    [{quote: "40", category: "other"}, {quote: "12", category: "other"}]));
});

describe("a part told by where, of a whole counted as other", () => {
  it("a range of them from the roof", () => checkFigures("Some 320 guests and staff were brought out of the tower, 30 to 40 of them from the roof.",
    [{quote: "Some 320", category: "other"}, {quote: "30 to 40", category: "other", qualifier: "range"}]));
  it("negative: a count with no 'of them' is no part", () => checkFigures("Some 320 guests and staff were brought out of the tower, 30 from the roof.", [{quote: "Some 320", category: "other"}]));
});
