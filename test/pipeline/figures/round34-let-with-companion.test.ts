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
  it("'let the driver and N older passengers walk away'", () => {
    checkFigures("Rebels freed two hostages on Monday. The gunmen let the driver and three older passengers walk away the same evening.",
      [{quote: "two", category: "hostages_released"}, {quote: "three", category: "hostages_released"}]);
  });
  it("'let a nurse and N patients go'", () => {
    checkFigures("The gang holds 20 hostages. The kidnappers let a nurse and six patients go on Wednesday night.",
      [{quote: "20", category: "hostages_held"}, {quote: "six", category: "hostages_released"}]);
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
