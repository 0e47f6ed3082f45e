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

describe("Mend 22 F3: a part's own relative clause, and a second 'Among them' (review sentences)", () => {
  it("a second 'Among them' is a part of the first whole, not of the part before it", () => {
    checkFigures("Rebels kidnapped 20 travellers on Sunday. Among them were three police officers, who were later killed. Among them were two nurses, who escaped on Monday.", [
      {quote: "20", category: "abducted"}, // travellers are people since round 24
      {quote: "three", category: "killed"},
      {quote: "two", category: "other"}
    ]);
  });
  it("a part with its own relative clause keeps it", () => {
    checkFigures("The gunmen held 12 people for six hours. Among them were three children, who were released first.", [
      {quote: "12", category: "hostages_held"},
      {quote: "three", category: "other"}
    ]);
  });
  it("still shared: a second 'Among them' with no clause of its own takes the first whole's category", () => {
    checkFigures("Gunmen seized 25 passengers from a bus on Monday. Among them were four nurses. Among them were also two doctors.", [
      {quote: "25", category: "abducted"},
      {quote: "four", category: "abducted"},
      {quote: "two", category: "abducted"}
    ]);
  });
});
