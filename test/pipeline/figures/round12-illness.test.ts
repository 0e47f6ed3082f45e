/**
 * Round 12 class for stage 05: care for an illness is no wound (the guidelines' wounded are "treated in hospital for
 * injuries"): "30 were treated for dehydration" counts no wounded. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("treated for an illness → no wounded", () => {
  it("a bare count treated in hospital for illnesses is no figure", () => {
    checkFigures("At the camp clinic, medics said more than 30 had been hospitalised for cholera.", []);
  });
  it("children treated for malnutrition → other", () => {
    checkFigures("Thirty children were treated for malnutrition at the camp in Dadaab.", [{quote: "Thirty", category: "other"}]);
  });
  it("villagers hospitalised for malaria → other", () => {
    checkFigures("Nine villagers were hospitalised for malaria after the floods receded.", [{quote: "Nine", category: "other"}]);
  });
  it("negative: treated for burns is a wound", () => {
    checkFigures("Twelve people were treated for burns after the fire.", [{quote: "Twelve", category: "wounded"}]);
  });
  it("negative: treated in hospital with nothing after stays wounded", () => {
    checkFigures("At least 14 were treated in hospital after the blast.", [{quote: "At least 14", category: "wounded"}]);
  });
});
