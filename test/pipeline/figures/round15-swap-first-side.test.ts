/**
 * Round 15 class for stage 05: a swap told with the first side after "in exchange/return for" at the start ("In return
 * for the N <nationals> freed <day>, <state> released M prisoners"): the first side is the hostages when the other is
 * prisoners. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("In return for the N freed, <state> released M prisoners → N hostages", () => {
  it("nationals on the first side", () => {
    checkFigures("In exchange for the 14 Colombians, whom the rebels let go on Monday, Bogota released 40 guerrilla prisoners.", [
      {quote: "14", category: "hostages_released"},
      {quote: "40", category: "prisoners_released"}
    ]);
  });
  it("'in exchange for the', villagers", () => {
    checkFigures("In return for the 11 villagers, the government on Friday set free 25 prisoners.", [
      {quote: "11", category: "hostages_released"},
      {quote: "25", category: "prisoners_released"}
    ]);
  });
  it("negative: soldiers on the first side are prisoners of war", () => {
    checkFigures("In exchange for the nine soldiers freed on Sunday, the army released 30 rebel prisoners.", [
      {quote: "nine", category: "prisoners_released"},
      {quote: "30", category: "prisoners_released"}
    ]);
  });
});
