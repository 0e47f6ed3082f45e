import {describe, expect, it} from "vitest";
import {SentenceRecord} from "../../../src/pipeline/sentences/sentence-record.ts";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import type {Article} from "../../../src/pipeline/types.ts";

const article = (text: string) => ({text, title: null, markup: undefined}) as unknown as Article;

describe("SentenceRecord", () => {
  it("has the fields of the object literal it replaced, in the same order (JSON and the tables read them so)", () => {
    const literal = {index: 2, start: 10, end: 21, text: "Floods hit.", kind: "body", paragraph: 1, repeatOf: null};
    const record = new SentenceRecord(2, 10, 21, "Floods hit.", "body", 1, null);
    expect(Object.keys(record)).toEqual(Object.keys(literal));
    expect(JSON.stringify(record)).toBe(JSON.stringify(literal));
  });
});

describe("splitSentences' scratch list", () => {
  it("returns a list of its own per call: a later article leaves an earlier article's sentences as they were", () => {
    const first = splitSentences(article("Rivers rose on Monday. Roads closed.\nRescuers dug all night."));
    const texts = first.map((s) => s.text);
    const second = splitSentences(article("Floods hit the valley."));
    expect(first.map((s) => s.text)).toEqual(texts);
    expect(texts).toEqual(["Rivers rose on Monday.", "Roads closed.", "Rescuers dug all night."]);
    expect(second.map((s) => s.text)).toEqual(["Floods hit the valley."]);
    expect(first.length).toBe(3);
  });
});
