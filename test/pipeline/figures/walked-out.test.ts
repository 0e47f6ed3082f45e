/**
 * Hostages who "walked out" with no "of" after it are freed ("another five hostages walked out shortly before
 * 9pm"); figures/extract.ts COME_OUT_AFTER. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("hostages who walked out", () => {
  it("before a time", () => checkFigures("Another three hostages walked out shortly after midnight.", [{quote: "Another three", category: "hostages_released"}]));
  it("before a manner word", () => checkFigures("Four hostages walked out unharmed.", [{quote: "Four", category: "hostages_released"}]));
  it("before a comma", () => checkFigures("Two more hostages walked out, police said.", [{quote: "Two", category: "hostages_released"}]));
});

describe("negatives", () => {
  it("the families walked out of a meeting", () => checkFigures("The families of 40 hostages walked out of the meeting.", [{quote: "40", category: "hostages_held"}]));
  it("onto a balcony is no way out", () => checkFigures("Nine hostages walked out onto the balcony.", [{quote: "Nine", category: "hostages_held"}]));
  it("workers walking out strike", () => checkFigures("About 300 workers walked out on Monday.", [{quote: "About 300", category: "other"}]));
});

describe("walked out by a time", () => {
  it("'had walked out by nightfall'", () => checkFigures("All but two of the hostages had walked out by nightfall.", [{quote: "All but two", category: "hostages_released"}]));
});
