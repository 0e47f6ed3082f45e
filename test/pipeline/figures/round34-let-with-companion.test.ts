/**
 * Round 34, stage 05: people "let go" (or let "walk" away) after one companion coordinated before the count are freed
 * in a story of captives: "the gunmen let the driver and three older passengers walk away" → hostages_released, as
 * "let the five captives go" already was. Not in a story with no captives ("the firm let the manager and six engineers
 * go"), and not when "let" allows anything but going ("let the driver and six passengers speak").
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'let <one person> and N people go / walk away' frees the N in a captives' story", () => {
  it("'let the cook and N crewmen go'", () => {
    checkFigures("Pirates hold 18 hostages off Eyl. The pirates let the cook and three crewmen go on Tuesday.",
      [{quote: "18", category: "hostages_held"}, {quote: "three", category: "hostages_released"}]);
  });
  it("'let a priest and N worshippers go'", () => {
    checkFigures("The gang holds 20 hostages. The abductors let a priest and seven worshippers go at midday.",
      [{quote: "20", category: "hostages_held"}, {quote: "seven", category: "hostages_released"}]);
  });
  it("a companion of two words ('let the bus conductor and N pupils go')", () => {
    checkFigures("Bandits seized a school bus near Oruba and hold 30 hostages. They let the bus conductor and four pupils go at dawn.",
      [{quote: "30", category: "hostages_held"}, {quote: "four", category: "hostages_released"}]);
  });
  it("negative: no captives in the story", () => {
    checkFigures("The firm let the manager and six engineers go at the end of the year.", [{quote: "six", category: "other"}]);
  });
  it("negative: 'let' with another verb than going", () => {
    checkFigures("The gang holds 20 hostages. The kidnappers let the driver and six passengers speak to reporters by phone.",
      [{quote: "20", category: "hostages_held"}, {quote: "six", category: "other"}]);
  });
});
