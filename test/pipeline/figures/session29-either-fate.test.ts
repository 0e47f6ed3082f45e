/**
 * Session 29, stage 05: a count told with two fates joined by "or" ("more than 300 people killed or abducted")
 * mixes them, so its category is neither: other. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("two fates joined by 'or': other", () => {
  it("killed or abducted in a raid", () => {
    checkFigures("Nearly 90 villagers were killed or abducted in the raid on Kauru.", [{quote: "Nearly 90", category: "other"}]);
  });
  it("killed or captured when gunmen stormed a market", () => {
    checkFigures("Police said more than 200 people were killed or captured when gunmen stormed the market.", [{quote: "more than 200", category: "other"}]);
  });
  it("killed or wounded in shelling", () => {
    checkFigures("At least 400 civilians were killed or wounded in the shelling of Dara.", [{quote: "At least 400", category: "other"}]);
  });
  it("the fates before the count", () => {
    checkFigures("Gunmen killed or kidnapped 25 villagers in the night.", [{quote: "25", category: "other"}]);
  });
});

describe("negatives: one fate each, or one fate told twice", () => {
  it("'and' between two counts keeps each its fate", () => {
    checkFigures("About 40 people were killed and 12 abducted in the raid.", [{quote: "About 40", category: "killed"}, {quote: "12", category: "abducted"}]);
  });
  it("two words of one fate", () => {
    checkFigures("Some 30 people were killed or murdered by the gang.", [{quote: "Some 30", category: "killed"}]);
  });
  it("hostages killed or dead in captivity stay the hostages' dead", () => {
    checkFigures("Five hostages were killed or died in captivity.", [{quote: "Five", category: "hostages_dead"}]);
  });
});
