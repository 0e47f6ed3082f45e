/**
 * A "let … go" release whose count follows a determiner ("let the five captives go", "let all 12 hostages go"):
 * figures/extract.ts comeOutRule, FREEDOM_BEFORE. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("let the / all N captives go", () => {
  it("the", () => checkFigures("The gang let the five other captives go on Monday.", [{quote: "five", category: "hostages_released"}]));
  it("all", () => checkFigures("The rebels let all 12 hostages go.", [{quote: "12", category: "hostages_released"}]));
  it("their", () => checkFigures("The kidnappers let their 7 hostages go at dawn.", [{quote: "7", category: "hostages_released"}]));
});

describe("negatives", () => {
  it("let the hostages speak: no release", () => checkFigures("The rebels let the 12 hostages speak to reporters.", [{quote: "12", category: "hostages_held"}]));
  it("a 'let' far before the count: no release", () => checkFigures("The rebels would not let the army near the 12 hostages they hold.", [{quote: "12", category: "hostages_held"}]));
});

describe("prisoners let go are freed prisoners", () => {
  it("a state lets prisoners go", () => checkFigures("The junta let almost 900 political prisoners go.", [{quote: "almost 900", category: "prisoners_released"}]));
  it("negative: prisoners let speak are not freed", () => checkFigures("The warden let 12 prisoners speak to reporters.", [{quote: "12", category: "other"}]));
});
