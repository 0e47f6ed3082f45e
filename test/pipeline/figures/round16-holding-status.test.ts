/**
 * Round 16 class for stage 05: a participle "holding <status>" after a counted group ("four hostages holding French
 * passports") describes them, as "who hold …" does: only that holding cue is dropped, and the verb before the count
 * still says what happened to them. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'<count> <people> holding <status>' keeps the verb before it", () => {
  it("released hostages holding passports", () => {
    checkFigures("Rebels freed four hostages holding French passports on Monday.", [{quote: "four", category: "hostages_released"}]);
  });
  it("released captives holding dual citizenship", () => {
    checkFigures("The militia released six captives holding dual citizenship outside the truce.", [
      {quote: "six", category: "hostages_released"}
    ]);
  });
  it("negative: held hostages stay held", () => {
    checkFigures("The gang still holds 20 hostages holding Italian passports.", [{quote: "20", category: "hostages_held"}]);
  });
  it("negative: a finite 'hold' is their status, not what happened to them", () => {
    checkFigures("Four hostages held dual citizenship, officials said.", [{quote: "Four", category: "hostages_held"}]);
  });
});
