/**
 * Round 17 class for stage 05: "N other <people>" taken to a border together with someone ("the reporter was driven
 * to the border crossing together with six other foreigners") were handed over with that person, in the story's
 * release (prisoners after a pardon, hostages after a kidnapping); with no release kind in the story, or a
 * destination that is no border, they stay "other". Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("others taken to a border with a freed person", () => {
  it("after a pardon of prisoners: prisoners freed", () => {
    checkFigures("The president pardoned 20 prisoners on Monday.\n" +
      "The jailed reporter was driven to the border crossing on Monday night together with six other foreign nationals.", [
      {quote: "20", category: "prisoners_released"},
      {quote: "six", category: "prisoners_released"}
    ]);
  });
  it("after a kidnapping: hostages freed, across the frontier, 'along with'", () => {
    checkFigures("Gunmen seized 20 hostages in March.\nThe nurse was taken across the frontier late on Friday along with four other aid workers.", [
      {quote: "20", category: "abducted"},
      {quote: "four", category: "hostages_released"}
    ]);
  });
});

describe("negatives: no release kind, or no border", () => {
  it("migrants driven to a border in a story without captivity words", () => {
    checkFigures("The migrants were driven to the border together with 40 other asylum seekers.", [{quote: "40", category: "other"}]);
  });
  it("a patient taken to hospital with others in a kidnap story", () => {
    checkFigures("Gunmen seized 20 hostages in March.\nThe guard was taken to hospital together with three other people.", [
      {quote: "20", category: "abducted"},
      {quote: "three", category: "other"}
    ]);
  });
  it("sport: a coach driven to a stadium with other athletes, in a story of freed prisoners", () => {
    checkFigures("The pardoned prisoners were freed in June.\nThe coach was driven to the stadium together with 12 other athletes.", [
      {quote: "12", category: "other"}
    ]);
  });
});
