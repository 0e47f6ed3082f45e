/** Courtesy titles: which tell a woman, which a man (src/pipeline/actors/courtesy.ts). */
import {describe, expect, it} from "vitest";
import {feminineTitle, masculineTitle} from "../../../src/pipeline/actors/courtesy.ts";

describe("courtesy titles", () => {
  it.each([
    ["Mrs with its period", "Mrs.", true, false],
    ["Ms without a period", "Ms", true, false],
    ["Mr without a period (British style)", "Mr", false, true],
    ["Mr. with its period", "Mr.", false, true],
    ["Herr, capitalised", "Herr", false, true],
    ["an office, not a courtesy title", "Minister", false, false],
    ["the longest courtesy title with its period (the length pre-test keeps it)", "Monsieur.", false, true],
    ["Madame. with its period", "Madame.", true, false],
    ["a long office (answered by its length)", "Deputy Foreign Minister", false, false],
    ["no title", null, false, false]
  ])("%s: %s", (_label, title, woman, man) => {
    expect(feminineTitle(title)).toBe(woman);
    expect(masculineTitle(title)).toBe(man);
  });
});
