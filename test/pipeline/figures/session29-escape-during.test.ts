/**
 * Session 29, stage 05: people who "escaped … during the raid / attack / ambush" escaped the seizure, not
 * captivity: no release. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("an escape during the seizure is no release", () => {
  it("sailors who escaped during the attack by hiding", () => {
    checkFigures("Pirates boarded the tanker and seized 18 sailors, but three sailors escaped during the attack by hiding in the engine room.", [
      {quote: "18", category: "abducted"},
      {quote: "three", category: "other"}
    ]);
  });
  it("escaped through the back door during the attack", () => {
    checkFigures("The kidnappers seized nine pupils, but three pupils escaped through a back door during the attack.", [
      {quote: "nine", category: "abducted"},
      {quote: "three", category: "other"}
    ]);
  });
});

describe("negatives: escapes from captivity stay releases", () => {
  it("escaped during the night", () => {
    checkFigures("Gunmen kidnapped 12 engineers on Monday; four hostages escaped during the night.", [
      {quote: "12", category: "abducted"},
      {quote: "four", category: "hostages_released"}
    ]);
  });
  it("escaped through a window later", () => {
    checkFigures("Gunmen kidnapped 12 engineers on Monday; four hostages later escaped through a window.", [
      {quote: "12", category: "abducted"},
      {quote: "four", category: "hostages_released"}
    ]);
  });
});
