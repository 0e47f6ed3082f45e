/**
 * Round 12 review findings for stage 05, pasted as the reviewer wrote them (held-out place names swapped for
 * others): escapes that are no escape from captivity, and a state word that only names a place.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("review 12, item 7: an escape from harm, or one denied, is no release", () => {
  it("'escaped with gunshot wounds' after a kidnapping → other", () => {
    checkFigures("Gunmen abducted 30 pupils from a school in Gusau on Friday. Two teachers escaped with gunshot wounds.", [
      {quote: "30", category: "abducted"},
      {quote: "Two", category: "other"}
    ]);
  });
  it("'escaped death' → other", () => {
    checkFigures("Gunmen abducted 30 pupils from a school in Gusau on Friday. Three soldiers escaped death when their truck hit a mine on the way.", [
      {quote: "30", category: "abducted"},
      {quote: "Three", category: "other"}
    ]);
  });
  it("'escaped the attack unhurt' → other", () => {
    checkFigures("Kidnappers are still holding 12 fishermen seized off Tawau in March. Four guards escaped the attack unhurt.", [
      {quote: "12", category: "hostages_held"},
      {quote: "Four", category: "other"}
    ]);
  });
  it("'None of the 30 hostages has escaped' → hostages_held", () => {
    checkFigures("Gunmen abducted 30 pupils in Gusau. None of the 30 hostages has escaped, police said.", [
      {quote: "30", category: "abducted"},
      {quote: "30", category: "hostages_held"}
    ]);
  });
  it("kept: captives who escaped through a window are freed", () => {
    checkFigures("Bandits freed 40 hostages in Gusau on Monday.\nFour workers later escaped through a window of the hut.", [
      {quote: "40", category: "hostages_released"},
      {quote: "Four", category: "hostages_released"}
    ]);
  });
});

describe("review 12, item 8: a state word naming a place does not say a state holds them", () => {
  it("'held in a disused police station' freed by a gang → hostages_released", () => {
    checkFigures("The gang freed 25 farmers held in a disused police station for three weeks.", [{quote: "25", category: "hostages_released"}]);
  });
  it("'held in an abandoned army camp' → hostages_released", () => {
    checkFigures("The rebels released 40 villagers held in an abandoned army camp near Tarsa.", [{quote: "40", category: "hostages_released"}]);
  });
  it("kept: fighters held by the police are prisoners", () => {
    checkFigures("The gang freed nine pupils after the state released 14 of its fighters held by the police.", [
      {quote: "nine", category: "hostages_released"},
      {quote: "14", category: "prisoners_released"}
    ]);
  });
});
