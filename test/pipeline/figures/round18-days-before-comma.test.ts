/**
 * Round 18 class for stage 05: days of captivity told in an aside ("the aid worker, freed after 96 days in Niger,
 * left hospital on Friday") keep their figure when a non-captivity word (hospital, operation, visit) comes
 * only after the aside's closing comma: that word is another clause's. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("captivity days before a comma, a non-captivity word after it", () => {
  it("freed by a group, hospital after the comma", () => {
    checkFigures("The aid worker, freed by the militia after 96 days in Niger, left hospital on Friday.", [
      {quote: "96", category: "captivity_days"}
    ]);
  });
  it("freed, a visit after the comma", () => {
    checkFigures("The engineer, freed after 212 days in Mali, is on a visit to his family.", [
      {quote: "212", category: "captivity_days"}
    ]);
  });
});

describe("negatives: the non-captivity word inside the days' own clause keeps its guard", () => {
  it("health: days in intensive care", () => {
    checkFigures("The patient, discharged after 40 days in intensive care, thanked the nurses.", []);
  });
  it("days in hospital after a release", () => {
    checkFigures("The pilot, released after 30 days in hospital, went home.", []);
  });
  it("sport: a player back after days out, hospital after the comma", () => {
    checkFigures("The striker, back after 40 days out, left hospital on Friday.", []);
  });
});
