import {describe, expect, it} from "vitest";
import type {Sentence} from "../../src/pipeline/types.ts";
import {sentenceMemo} from "../../src/pipeline/util/tokens-cache.ts";

const text = "Floods hit the town. Rescuers freed 12 people.";
const sentence = (start: number, end: number): Sentence => ({index: 0, start, end, text: text.slice(start, end), kind: "body", paragraph: 0, repeatOf: null});

describe("sentenceMemo", () => {
  it("builds once per sentence and returns the stored value after", () => {
    const memo = sentenceMemo<string[]>();
    const s = sentence(0, 20);
    let builds = 0;
    const build = () => (builds++, text.slice(s.start, s.end).split(" "));
    const a = memo.get(text, s, [], build);
    expect(memo.get(text, s, [], build)).toBe(a);
    expect(builds).toBe(1);
  });

  it.each([
    ["other article text", (s: Sentence) => [text + " More.", s, []] as const],
    ["other deps (a new mention array)", (s: Sentence) => [text, s, [[]]] as const],
    ["moved offsets", (s: Sentence) => [text, Object.assign(s, {start: 21, end: 46}), []] as const]
  ])("rebuilds on %s", (_label, change) => {
    const memo = sentenceMemo<number>();
    const s = sentence(0, 20);
    let builds = 0;
    memo.get(text, s, [], () => ++builds);
    const [t, s2, deps] = change(s);
    expect(memo.get(t, s2, deps, () => ++builds)).toBe(2);
  });

  it("keep = false returns a fresh value without storing it", () => {
    const memo = sentenceMemo<number>();
    const s = sentence(0, 20);
    let builds = 0;
    memo.get(text, s, [], () => ++builds, false);
    expect(memo.get(text, s, [], () => ++builds)).toBe(2);
  });

  it("forget drops the entries", () => {
    const memo = sentenceMemo<number>();
    const s = sentence(21, 46);
    let builds = 0;
    memo.get(text, s, [], () => ++builds);
    memo.forget([s]);
    expect(memo.get(text, s, [], () => ++builds)).toBe(2);
  });
});
