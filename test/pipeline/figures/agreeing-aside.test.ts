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
  it("negative: a part whose cue disagrees with an 'other' whole stays out", () => checkFigures("Rescuers pulled 40 people from the rubble, 12 of them to hospital.", [{quote: "40", category: "other"}]));
});
