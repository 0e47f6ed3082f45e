/**
 * Round 22 class for stage 05: "N hostages and the bodies of M others were handed over": the passive hand-over after
 * the bodies is the living hostages' too (hostages_released), and the body word is the second count's
 * (livingBesideBodies). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {checkFigures, figuresOf} from "./helpers.ts";

describe("'N hostages and the bodies of M others were handed over' → N released", () => {
  it("hostages beside bodies", () => {
    checkFigures("During the truce, nine hostages and the remains of two others were handed over to the Red Crescent.", [
      {quote: "nine", category: "hostages_released"},
      {quote: "two", category: "hostages_dead"}
    ]);
  });
  it("living captives beside bodies", () => {
    checkFigures("By Friday, 11 living captives and the bodies of four others had been returned.", [
      {quote: "11", category: "hostages_released"},
      {quote: "four", category: "hostages_dead"}
    ]);
  });
});

describe("negatives", () => {
  it("a verb that is no hand-over gives no release", () => {
    const got = figuresOf("Soldiers say nine hostages and the remains of two others were found in the tunnels.");
    expect(got.map((f) => f.quote)).toEqual(["nine", "two"]);
    expect(got[0].category).not.toBe("hostages_released");
    expect(got[1].category).toBe("hostages_dead");
  });
});
