/**
 * Round 22 class for stage 05: perpetrators counted right after a leaving verb, with a death or wound word right after
 * them, are the ones left in that state (a resultative): "the ambush left two of the gunmen dead" → killed
 * (perpetratorsOwn, leftInState). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'left N <perpetrators> dead/wounded' → their own state", () => {
  it("left two of the gunmen dead → killed", () => {
    checkFigures("Police said the ambush left two of the gunmen dead and a soldier wounded.", [
      {quote: "two", category: "killed", group: "gunmen"}
    ]);
  });
  it("left 12 gunmen wounded → wounded", () => {
    checkFigures("The shootout left 12 gunmen wounded and two police officers dead.", [
      {quote: "12", category: "wounded"},
      {quote: "two", category: "killed"}
    ]);
  });
});

describe("negatives", () => {
  it("another state after the count: a later death is someone else's", () => {
    checkFigures("The clash left three of the bandits in control of the road where many soldiers had died.", [
      {quote: "three", category: "other"}
    ]);
  });
  it("the perpetrators as the subject of 'left'", () => {
    checkFigures("Troops stormed the camp at dawn, and three of the bandits left the dead behind.", [{quote: "three", category: "other"}]);
  });
});
