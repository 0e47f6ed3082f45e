import {describe, expect, it} from "vitest";
import type {Sentence} from "../../../src/pipeline/types.ts";
import {sentenceMemo} from "../../../src/pipeline/util/tokens-cache.ts";

const text = "Floods hit the town. Rescuers freed 12 people.";
const article = {text};
const sentence = (index: number, start: number, end: number): Sentence => ({index, start, end, text: text.slice(start, end), kind: "body", paragraph: 0, repeatOf: null});

describe("sentenceMemo find / put (get without a build closure)", () => {
  it("find: undefined before put, the stored value after, and get sees what put stored", () => {
    const memo = sentenceMemo<string[]>();
    const s = sentence(0, 0, 20);
    const deps: unknown[] = [];
    expect(memo.find(article, s, deps)).toBeUndefined();
    const words = ["Floods", "hit"];
    memo.put(article, s, deps, words);
    expect(memo.find(article, s, deps)).toBe(words);
    expect(memo.get(article, s, deps, () => ["rebuilt"])).toBe(words);
  });

  it("find misses what get would rebuild: other deps, another article object, moved offsets", () => {
    const memo = sentenceMemo<number>();
    const s = sentence(0, 0, 20);
    const deps: unknown[] = [];
    memo.put(article, s, deps, 1);
    expect(memo.find(article, s, [[]])).toBeUndefined();
    expect(memo.find({text}, s, deps)).toBeUndefined();
    expect(memo.find(article, {...s, end: 19}, deps)).toBeUndefined();
  });

  it("put of a sentence index outside the slots stores nothing (as get with such an index)", () => {
    const memo = sentenceMemo<number>();
    const s = sentence(-1, 0, 20);
    memo.put(article, s, [], 1);
    expect(memo.find(article, s, [])).toBeUndefined();
  });

  it("put after a skipped index leaves a gap that find does not match", () => {
    const memo = sentenceMemo<number>();
    const deps: unknown[] = [];
    memo.put(article, sentence(2, 21, 46), deps, 2);
    expect(memo.find(article, sentence(0, 0, 20), deps)).toBeUndefined();
    expect(memo.find(article, sentence(1, 0, 20), deps)).toBeUndefined();
  });

  it("a gap filled later is stored and found; a rewrite of a stored index replaces its value", () => {
    const memo = sentenceMemo<number>();
    const deps: unknown[] = [];
    const s0 = sentence(0, 0, 20);
    const s2 = sentence(2, 21, 46);
    memo.put(article, s2, deps, 2);
    memo.put(article, s0, deps, 0);
    expect(memo.find(article, s0, deps)).toBe(0);
    expect(memo.find(article, s2, deps)).toBe(2);
    memo.put(article, s0, deps, 10);
    expect(memo.find(article, s0, deps)).toBe(10);
  });

  it("forget of a stored sentence drops the whole article; of another Sentence object, nothing", () => {
    const memo = sentenceMemo<number>();
    const deps: unknown[] = [];
    const s0 = sentence(0, 0, 20);
    const s1 = sentence(1, 21, 46);
    memo.put(article, s0, deps, 0);
    memo.put(article, s1, deps, 1);
    memo.forget([sentence(1, 21, 46), sentence(5, 0, 1), sentence(0.5, 0, 1)]);
    expect(memo.find(article, s1, deps)).toBe(1);
    memo.forget([s1]);
    expect(memo.find(article, s0, deps)).toBeUndefined();
    expect(memo.find(article, s1, deps)).toBeUndefined();
  });
});
