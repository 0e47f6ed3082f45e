import {describe, expect, it} from "vitest";
import type {Sentence} from "../../src/pipeline/types.ts";
import {sentenceMemo} from "../../src/pipeline/util/tokens-cache.ts";

const text = "Floods hit the town. Rescuers freed 12 people.";
const article = {text};
const sentence = (start: number, end: number): Sentence => ({index: 0, start, end, text: text.slice(start, end), kind: "body", paragraph: 0, repeatOf: null});

describe("sentenceMemo", () => {
  it("builds once per sentence and returns the stored value after", () => {
    const memo = sentenceMemo<string[]>();
    const s = sentence(0, 20);
    let builds = 0;
    const build = () => (builds++, article.text.slice(s.start, s.end).split(" "));
    const a = memo.get(article, s, [], build);
    expect(memo.get(article, s, [], build)).toBe(a);
    expect(builds).toBe(1);
  });

  it.each([
    ["another article object with the same text", (s: Sentence) => [{text}, s, []] as const],
    ["other deps (a new mention array)", (s: Sentence) => [article, s, [[]]] as const],
    ["moved offsets", (s: Sentence) => [article, Object.assign(s, {start: 21, end: 46}), []] as const]
  ])("rebuilds on %s", (_label, change) => {
    const memo = sentenceMemo<number>();
    const s = sentence(0, 20);
    let builds = 0;
    memo.get(article, s, [], () => ++builds);
    const [a, s2, deps] = change(s);
    expect(memo.get(a, s2, deps, () => ++builds)).toBe(2);
  });

  it("a skipped sentence index leaves a gap that matches nothing, and later sentences are still stored", () => {
    const memo = sentenceMemo<number>();
    const s2 = Object.assign(sentence(21, 46), {index: 2});
    const s0 = sentence(0, 20);
    let builds = 0;
    // Index 2 first (a stage skipped a headline at 0-1), then 0: both stored, neither rebuilt.
    expect(memo.get(article, s2, [], () => ++builds)).toBe(1);
    expect(memo.get(article, s0, [], () => ++builds)).toBe(2);
    expect(memo.get(article, s2, [], () => ++builds)).toBe(1);
    expect(memo.get(article, s0, [], () => ++builds)).toBe(2);
    // The gap at index 1 holds no value: a sentence there is built.
    expect(memo.get(article, Object.assign(sentence(0, 20), {index: 1}), [], () => ++builds)).toBe(3);
  });

  it("keep = false returns a fresh value without storing it", () => {
    const memo = sentenceMemo<number>();
    const s = sentence(0, 20);
    let builds = 0;
    memo.get(article, s, [], () => ++builds, false);
    expect(memo.get(article, s, [], () => ++builds)).toBe(2);
  });

  it("forget drops the entries", () => {
    const memo = sentenceMemo<number>();
    const s = sentence(21, 46);
    let builds = 0;
    memo.get(article, s, [], () => ++builds);
    memo.forget([s]);
    expect(memo.get(article, s, [], () => ++builds)).toBe(2);
  });
});
