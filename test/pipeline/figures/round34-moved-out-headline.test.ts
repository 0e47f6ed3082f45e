/**
 * Round 34, stage 05: a move out told with the danger it escapes or the night it took is an evacuation, so a
 * headline's bare count takes it as its verb ("Two dead, 9,000 moved out as fire rages" → displaced). Not a move
 * "as rents rose" nor one "last year" (a migration). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'moved out as <danger>' / 'moved out overnight' is displacement", () => {
  it("a headline's bare count 'N moved out as fire spreads'", () => {
    checkFigures("Update: three hurt, 4,200 moved out as fire spreads near Pine Hollow", [{quote: "three", category: "wounded"}, {quote: "4,200", category: "displaced"}]);
  });
  it("a headline's bare count 'N moved out overnight'", () => {
    checkFigures("Flood warning: 1,500 moved out overnight in Ostra", [{quote: "1,500", category: "displaced"}]);
  });
  it("'N moved out as the river bursts its banks'", () => {
    checkFigures("Storm live: 2,000 moved out as the river bursts its banks", [{quote: "2,000", category: "displaced"}]);
  });
  it("negative: 'moved out as rents rose' is no evacuation", () => {
    checkFigures("Some 40 tenants moved out as rents rose.", [{quote: "Some 40", category: "other"}]);
  });
  it("negative: 'moved out last year' is a migration", () => {
    checkFigures("Roughly 250 residents moved out in 2019.", [{quote: "Roughly 250", category: "other"}]);
  });
});
