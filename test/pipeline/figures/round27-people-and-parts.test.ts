/**
 * Session 27, stage 05 (sentences invented for the tests, on other subjects than the held-out sets):
 * - people in a building or at a scene, and a company's staff by rank, are counted ("guests", "bystanders",
 *   "executives"); not customers, directors, owners, attendees or diners, whose counts are mostly a market's, a
 *   board's or a hall's size (review 27 F3); singular forms before a noun modify it ("two guest houses").
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("guests, occupants and a company's people", () => {
  it("guests injured", () => {
    checkFigures("A gas explosion at the wedding hall injured 41 guests.", [{quote: "41", category: "wounded"}]);
  });
  it("executives kidnapped", () => {
    checkFigures("Gunmen kidnapped four executives of a cement firm near Abuja.", [{quote: "four", category: "abducted"}]);
  });
  it("bystanders", () => {
    checkFigures("Police said 14 bystanders were hurt in the crush.", [{quote: "14", category: "wounded"}]);
  });
  it("occupants of a bus", () => {
    checkFigures("All 31 occupants of the minibus survived the crash.", [{quote: "31", category: "other"}]);
  });
  it("negative: a singular before a noun counts no people", () => {
    checkFigures("The town has two guest houses and a manager training scheme.", []);
  });
  it("negative (review 27 F3): a market's, a board's or a hall's size is no count of people in an event", () => {
    checkFigures("The utility has 3 million customers and a board of 12 directors.", []);
    checkFigures("The restaurant can seat 200 diners.", []);
  });
});
