/**
 * Session 27, stage 05 (sentences invented for the tests, on other subjects than the held-out sets):
 * - people in a building or at an event, and a company's people, are counted ("320 guests", "three managers");
 *   singular forms before a noun modify it ("a guest house", "two owner-drivers" aside).
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("guests, occupants and a company's people", () => {
  it("guests brought out of a building", () => {
    checkFigures("Some 210 guests were brought out of the burning lodge in Nyeri.", [{quote: "Some 210", category: "other"}]);
  });
  it("managers detained", () => {
    checkFigures("Police said three managers of the quarry had been detained.", [{quote: "three", category: "other"}]);
  });
  it("occupants of a bus", () => {
    checkFigures("All 31 occupants of the minibus survived the crash.", [{quote: "31", category: "other"}]);
  });
  it("negative: a singular before a noun counts no people", () => {
    checkFigures("The town has two guest houses and a manager training scheme.", []);
  });
});
