/**
 * Round 22 class for stage 05: "Among them were N …" (the inverted order of "N … are among them") makes the count a
 * part of the figure just before it, in the same or the previous sentence, so it shares that figure's category
 * (partsAmongThem, AMONG_THEM_BEFORE). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'Among them were N' shares the figure before it", () => {
  it("'Among those were' after a death toll → killed", () => {
    checkFigures("The storm killed 31 people in the valley. Among those were four firefighters, officials said.", [
      {quote: "31", category: "killed"},
      {quote: "four", category: "killed"}
    ]);
  });
  it("'among them are also' after a seizure → abducted", () => {
    checkFigures("Gunmen seized 25 passengers from a bus on Monday. Among them are also four nurses.", [
      {quote: "25", category: "abducted"},
      {quote: "four", category: "abducted"}
    ]);
  });
});

describe("negatives", () => {
  it("'among the rescuers' is another group", () => {
    checkFigures("The storm killed 31 people in the valley. Among the rescuers were four firefighters, officials said.", [
      {quote: "31", category: "killed"},
      {quote: "four", category: "other"}
    ]);
  });
  it("a whole with no category gives none", () => {
    checkFigures("About 900 people attended the festival. Among them were six journalists.", [
      {quote: "About 900", category: "other"},
      {quote: "six", category: "other"}
    ]);
  });
});
