/**
 * Round 17 class for stage 05: people held by an armed group ("held by the rebels", "held hostage by pirates") and
 * then freed are freed hostages, also when the story has no hostage word at all, and a later release of generic
 * people in the same story is theirs too. Soldiers or prisoners held by such a group, a thing "held by" it and a
 * capitalised team name are no hostage release. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {checkFigures} from "./helpers.ts";
import {heldByCaptors} from "../../../src/pipeline/figures/captor-release.ts";

describe("people held by an armed group, then freed", () => {
  it("passive hold before the release, same sentence", () => {
    checkFigures("Nine fishermen held by pirates off the coast for two months were set free on Monday.", [
      {quote: "Nine", category: "hostages_released"}
    ]);
  });
  it("an indefinite group with a lower-case adjective", () => {
    checkFigures("Police said 14 miners held by an armed gang for a week were released after a ransom was paid.", [
      {quote: "14", category: "hostages_released", attribution: "Police"}
    ]);
  });
  it("the lead's hold decides a later release of generic people in the story", () => {
    checkFigures("Eleven aid workers held by militants in the north were freed on Sunday, the charity said.\n" +
      "Six local drivers were also released on Tuesday.", [
      {quote: "Eleven", category: "hostages_released"},
      {quote: "Six", category: "hostages_released"}
    ]);
  });
  it("a named group with a possessive before the captor noun", () => {
    expect(heldByCaptors("The 30 truckers held by Congo's Mai-Mai militia were released on Friday")).toBe(true);
  });
});

describe("negatives: no hostage release", () => {
  it("soldiers held by rebels freed stay prisoners of war", () => {
    checkFigures("Twelve soldiers held by the rebels were released on Friday.", [
      {quote: "Twelve", category: "prisoners_released"}
    ]);
  });
  it("a possessive captor names someone else: the gang's lawyers", () => {
    expect(heldByCaptors("Nine employees held by the gang's lawyers as witnesses were released from questioning")).toBe(false);
  });
  it("another force's fighters held by a militia are no hostages", () => {
    expect(heldByCaptors("Some 300 jihadist fighters held by the militia in desert camps were released")).toBe(false);
  });
  it("sport: a team named like captors holds players' contracts", () => {
    checkFigures("Seven athletes held by the Pirates on two-way contracts were released before the season.", [
      {quote: "Seven", category: "other"}
    ]);
  });
  it("an event held by a group is no hold of people", () => {
    checkFigures("At a rally held by the militants on Friday, police released 20 protesters arrested earlier.", [
      {quote: "20", category: "other"}
    ]);
    expect(heldByCaptors("a meeting held by the rebels was released on video")).toBe(false);
  });
  it("business: staff released early from an event a company held", () => {
    checkFigures("At a fair held by the company, 200 staff were released early.", [{quote: "200", category: "other"}]);
  });
});
