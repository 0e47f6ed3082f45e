/**
 * Round 15 class for stage 05: who is asked to free people decides hostages vs prisoners ("asked the militia to free
 * N villagers" → hostages_released, "urged the government to free N activists" → prisoners_released), and "hands
 * over N hostages" is a release, planned or not. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import type {Mention} from "../../../src/pipeline/types.ts";
import {findFigures} from "../../../src/pipeline/stages/05-figures.ts";
import {EMPTY_CTX, checkFigures, makeArticle, naiveSentences} from "./helpers.ts";

describe("the one asked to free decides", () => {
  it("an armed group asked → hostages", () => {
    checkFigures("The bishop asked the militia to free 12 villagers held in the forest.", [{quote: "12", category: "hostages_released"}]);
  });
  it("a government urged → prisoners", () => {
    checkFigures("The bishop urged the government to free 40 activists.", [{quote: "40", category: "prisoners_released"}]);
  });
  it("a country urged → prisoners", () => {
    checkFigures("Lawyers urged Peru to release 30 fishermen.", [{quote: "30", category: "prisoners_released"}]);
  });
  it("a named organisation found by stage 04 → hostages", () => {
    const text = "On Monday the church urged Frente Sur to release the 14 farm workers.";
    const start = text.indexOf("Frente Sur");
    const mention: Mention = {sentenceIndex: 0, start, end: start + 10, text: "Frente Sur", name: "Frente Sur", kind: "organization", gazetteerName: null, via: "chunk", title: null};
    const figures = findFigures(makeArticle(text), naiveSentences(text), [], [mention], EMPTY_CTX);
    expect(figures.map((f) => [f.quote, f.category])).toEqual([["14", "hostages_released"]]);
  });
  it("negative: a ministry is a state body", () => {
    const text = "On Monday the church urged the Interior Ministry to release the 14 farm workers.";
    const start = text.indexOf("Interior Ministry");
    const mention: Mention = {sentenceIndex: 0, start, end: start + 17, text: "Interior Ministry", name: "Interior Ministry", kind: "organization", gazetteerName: null, via: "chunk", title: null};
    const figures = findFigures(makeArticle(text), naiveSentences(text), [], [mention], EMPTY_CTX);
    expect(figures.map((f) => f.category)).not.toContain("hostages_released");
  });
  it("negative: no request, no release", () => {
    checkFigures("The coach asked the players to give 20 minutes to the press.", []);
  });
});

describe("'hands over N hostages' is a release", () => {
  it("a gang that hands over more hostages each week", () => {
    checkFigures("Under the deal the gang hands over 15 more hostages each week.", [{quote: "15", category: "hostages_released"}]);
  });
  it("negative: hostages still held", () => {
    checkFigures("The gang still holds another 15 hostages.", [{quote: "another 15", category: "hostages_held"}]);
  });
});
