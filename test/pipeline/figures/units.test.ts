/**
 * Unit cases for the building blocks of stage 05: number words, scanning, hedges, and an own article fixture.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseNumberWords, scanNumbers} from "../../../src/pipeline/figures/numbers.ts";
import {findHedge} from "../../../src/pipeline/figures/hedges.ts";
import {phraseRegex} from "../../../src/pipeline/figures/regex.ts";
import {wordsBefore} from "../../../src/pipeline/figures/words.ts";
import {figuresOf, row} from "./helpers.ts";

describe("parseNumberWords", () => {
  it.each<[string, number, number]>([
    ["seventy-three", 73, 13],
    ["twenty one", 21, 10],
    ["one hundred and twenty", 120, 22],
    ["two dozen", 24, 9],
    ["three thousand five hundred", 3500, 27],
    ["two and three", 2, 3],
    ["one two", 1, 3],
    ["fifteen", 15, 7],
    ["ninety nine", 99, 11]
  ])("%s → %d", (text, value, length) => {
    expect(parseNumberWords(text)).toEqual({value, length});
  });
});

describe("scanNumbers", () => {
  it.each<[string, string, (number | null)[]]>([
    ["grouped digits", "about 27,000 people", [27000]],
    ["decimal with scale", "1.2 million", [1_200_000]],
    ["abbreviated scale", "a $1.5bn deal", [1_500_000_000]],
    ["thousand word after digits", "27 thousand", [27000]],
    ["'a dozen'", "a dozen", [12]],
    ["vague", "hundreds of thousands", [null]],
    ["invalid grouping is skipped", "1,2345", []],
    ["glued to letters", "A320 G7 5G", []],
    ["two numbers", "3 and 4", [3, 4]],
    ["trailing comma and dot are not digits", "freed 1,300, then 12.", [1300, 12]],
    ["a hyphenated code", "F-16 jets", []]
  ])("%s", (_l, text, values) => {
    expect(scanNumbers(text).map((t) => t.value)).toEqual(values);
  });
  it("ranges keep both ends", () => {
    expect(scanNumbers("between 30 and 40").map((t) => [t.low, t.high, t.between])).toEqual([[30, 40, true]]);
    expect(scanNumbers("40 to 30")).toHaveLength(2); // a descending pair is not a range
    expect(scanNumbers("30-40 people").map((t) => [t.start, t.end, t.low, t.high])).toEqual([[0, 5, 30, 40]]);
  });
});

describe("findHedge", () => {
  it.each<[string, string, string]>([
    ["no fewer than 30", "30", "no fewer than"],
    ["well over 30", "30", "well over"],
    ["killed 30", "30", "exact"],
    ["a total of 30", "30", "exact"],
    ["30 or so", "30", "or so"],
    ["approx. 30", "30", "approx"]
  ])("%s", (text, num, qualifier) => {
    const i = text.indexOf(num);
    expect(findHedge(text, i, i + num.length).qualifier).toBe(qualifier);
  });
});

describe("helpers", () => {
  it("phraseRegex matches longest phrase first and word endings with *", () => {
    expect("at least 5, killed".match(phraseRegex(["at", "at least", "kill*"]))).toEqual(["at least", "killed"]);
  });
  it("wordsBefore stops at punctuation", () => {
    expect(wordsBefore("Maxim, 37", 7, 3)).toMatchObject({words: [], stop: 44});
    // The code of the stopping character (a dash past U+00FF too), -1 at the start or a word limit.
    expect(wordsBefore("40 — 37", 5, 3).stop).toBe(0x2014);
    expect(wordsBefore("killed 37", 7, 3).stop).toBe(-1);
    expect(wordsBefore("at least 5", 9, 1).stop).toBe(-1);
  });
});

describe("own article fixture (floods)", () => {
  const text = readFileSync(new URL("../../fixtures/figures/flood-article.txt", import.meta.url), "utf8");
  const got = figuresOf(text, true).map(row);
  it("finds each figure once, with hedges, categories and sources", () => {
    expect(got.map((r) => [r.quote, r.category])).toEqual([
      ["at least 214", "killed"],
      ["at least 214", "killed"],
      ["more than 1,300", "wounded"],
      ["Some 45,000", "displaced"],
      ["an estimated 1.2 million", "displaced"],
      ["dozens", "other"],
      ["300", "killed"],
      ["2,000", "other"]
    ]);
  });
  it("keeps attribution, period and modality per figure", () => {
    expect(got[1]).toMatchObject({attribution: "the regional emergency service", qualifier: "at least"});
    expect(got[3]).toMatchObject({attribution: "the provincial governor", group: "residents"});
    expect(got[4]).toMatchObject({period: "since the rains began", value: 1_200_000});
    expect(got[6]).toMatchObject({modality: "hypothetical"});
    expect(got[7]).toMatchObject({modality: "planned", group: "soldiers"});
  });
});
