/**
 * Round 15 class for stage 05: a total broken down into a list of its people. The items after a colon take the
 * total's category; the items between dashes take the verb after the closing dash. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("items after a colon take the total's category", () => {
  it("a release broken down by nationality", () => {
    checkFigures("Forty-one captives walked free on Friday: 30 Kenyan aid workers and 11 Somali drivers.", [
      {quote: "Forty-one", category: "hostages_released"},
      {quote: "30", category: "hostages_released"},
      {quote: "11", category: "hostages_released"}
    ]);
  });
  it("a three-item list after a time phrase", () => {
    checkFigures("Gunmen freed 23 people on Sunday: 15 Chadian traders, six students and two nuns.", [
      {quote: "23", category: "hostages_released"},
      {quote: "15", category: "hostages_released"},
      {quote: "six", category: "hostages_released"},
      {quote: "two", category: "hostages_released"}
    ]);
  });
  it("a death toll broken down", () => {
    checkFigures("The mudslide killed 40 people: 25 farmers and 15 children.", [
      {quote: "40", category: "killed"},
      {quote: "25", category: "killed"},
      {quote: "15", category: "killed"}
    ]);
  });
  it("negative: a total with no category gives its items none", () => {
    checkFigures("The committee has 40 members: 25 farmers and 15 teachers.", [
      {quote: "40", category: "other"},
      {quote: "25", category: "other"},
      {quote: "15", category: "other"}
    ]);
  });
  it("negative: items adding up to more than the total are no breakdown of it", () => {
    checkFigures("Gunmen freed 3 people: 15 Chadian traders and six students.", [
      {quote: "3", category: "hostages_released"},
      {quote: "15", category: "other"},
      {quote: "six", category: "other"}
    ]);
  });
});

describe("items between dashes take the verb after the closing dash", () => {
  it("a bare total, a spaced hyphen as the dash", () => {
    checkFigures("Late on Sunday the 12 - seven engineers and five sailors - were released by the pirates.", [
      {quote: "seven", category: "hostages_released"},
      {quote: "five", category: "hostages_released"}
    ]);
  });
  it("a total with its own noun and verb before the dashes", () => {
    checkFigures("Gunmen freed 23 people in the raid - seven engineers from Izmir and five sailors - and fled.", [
      {quote: "23", category: "hostages_released"},
      {quote: "seven", category: "hostages_released"},
      {quote: "five", category: "hostages_released"}
    ]);
  });
  it("negative: no cue after the closing dash", () => {
    checkFigures("The nine - four Turkish engineers and three Ukrainians - sat in the hotel lobby.", [
      {quote: "four", category: "other"},
      {quote: "three", category: "other"}
    ]);
  });
});
