/**
 * "back with their families" is a return (model CATEGORY_CUES.hostages_released). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("back with their families", () => {
  it("all but N, in a hostage story", () => checkFigures("Gunmen kidnapped seven miners in May and held them as hostages. All but two of the seven were back with their families on Wednesday night.",
    [{quote: "seven", category: "abducted"}, {quote: "All but two", category: "hostages_released"}]));
  it("back with their relatives", () => checkFigures("Nine of the abducted pupils were back with their relatives by Sunday.", [{quote: "Nine", category: "hostages_released"}]));
  it("negative: pupils back with their families after school are no captives", () => checkFigures("Fourteen pupils were back with their families after the school reopened.", [{quote: "Fourteen", category: "other"}]));
});
