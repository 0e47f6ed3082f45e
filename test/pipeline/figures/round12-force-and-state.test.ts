/**
 * Round 12 classes for stage 05: the size of a force counted right after a verb of command is no casualty or release
 * ("since 2019 the colonel has led 450 fighters" → other), and people a state keeps (held by the police, in state
 * prisons) are prisoners when their release is asked or told. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a force counted after a command verb → other", () => {
  it("a colonel has led 450 fighters, then a request for a freeing → other", () => {
    checkFigures("Since 2019 the colonel has led 450 fighters, and on Monday his aides asked for the freeing of two cousins.", [
      {quote: "450", category: "other"},
      {quote: "two", category: "other"}
    ]);
  });
  it("leads some 500 fighters, then a release of hostages → other, and the hostages freed", () => {
    checkFigures("Commander Nwosu leads some 500 fighters in the forest and freed 12 hostages last week.", [
      {quote: "some 500", category: "other"},
      {quote: "12", category: "hostages_released"}
    ]);
  });
  it("negative: a commanded force killed in its own relative clause stays killed", () => {
    checkFigures("The colonel commanded 40 soldiers who were killed in the ambush.", [{quote: "40", category: "killed"}]);
  });
  it("negative: led hostages (no force head) is no force", () => {
    checkFigures("Negotiators freed 30 hostages and led them to a waiting bus.", [{quote: "30", category: "hostages_released"}]);
  });
});

describe("people held by a state, whose release is asked → prisoners_released", () => {
  it("fighters held by the police, released after a hostage release → prisoners_released", () => {
    checkFigures("The gang freed nine pupils after the state released 14 of its fighters held by the police.", [
      {quote: "nine", category: "hostages_released"},
      {quote: "14", category: "prisoners_released"}
    ]);
  });
  it("30 members held in state prisons, after a hostage release → prisoners_released", () => {
    checkFigures("The gang freed 20 hostages and asked for the release of 30 members held in state prisons.", [
      {quote: "20", category: "hostages_released"},
      {quote: "30", category: "prisoners_released"}
    ]);
  });
  it("negative: villagers held by an armed group stay hostages", () => {
    checkFigures("Rebels freed 12 villagers held by the group since June.", [{quote: "12", category: "hostages_released"}]);
  });
  it("negative: hostages held by a junta stay hostages", () => {
    checkFigures("Envoys won the release of five hostages held by the junta.", [{quote: "five", category: "hostages_released"}]);
  });
});
