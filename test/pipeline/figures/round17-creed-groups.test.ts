/**
 * Round 17 class for stage 05: an armed group named by its creed or means ("an Islamist group", "the jihadist
 * group", "an armed gang") is a captor like "militants" or "bandits": people it holds and frees are hostages, also in
 * a story with no hostage word. "Group" alone is any group. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("creed-named armed groups free hostages", () => {
  it("held by an Islamist group, then freed", () => {
    checkFigures("Five teachers held by an Islamist group in the north were freed on Monday.", [
      {quote: "Five", category: "hostages_released"}
    ]);
  });
  it("freed by the jihadist group, passive", () => {
    checkFigures("Three engineers were freed by the jihadist group on Sunday, officials said.", [
      {quote: "Three", category: "hostages_released"}
    ]);
  });
  it("an armed gang frees drivers", () => {
    checkFigures("An armed gang released 14 truck drivers near the border on Friday.", [{quote: "14", category: "hostages_released"}]);
  });
});

describe("negatives", () => {
  it("a statement released by the militant group reports deaths", () => {
    checkFigures("A statement released by the militant group said 20 of its fighters were killed.", [{quote: "20", category: "killed"}]);
  });
  it("business: a group alone is any group", () => {
    checkFigures("The media group released 40 employees from their contracts.", [{quote: "40", category: "other"}]);
  });
});
