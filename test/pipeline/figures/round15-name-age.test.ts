/**
 * Round 15 class for stage 05: an age after a name with letters outside ASCII inside a list of people ("Those freed
 * were nurse Ana Ruizė, 34, who …") is an age, as it is after an ASCII name. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("<Name>, NN, with a letter outside ASCII → an age, no figure", () => {
  it("the name ends in such a letter", () => {
    checkFigures("Among the passengers was Tomė Varga, 41, a pharmacist from the south.", []);
  });
  it("such a letter inside the name", () => {
    checkFigures("The pilot, Zoë Müller, 29, flew the last leg alone.", []);
  });
  it("negative: a count of people after such a name", () => {
    checkFigures("The rebels freed the Müllerė family, 34 people in all.", [{quote: "34", category: "other"}]);
  });
});
