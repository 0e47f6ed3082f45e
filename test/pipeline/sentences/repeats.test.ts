import {describe, expect, it} from "vitest";
import {repeatedParagraphs} from "../../../src/pipeline/sentences/repeats.ts";

describe("repeatedParagraphs", () => {
  it("finds a paragraph printed again, a lead split in sentences and a dateline before it", () => {
    expect(repeatedParagraphs([["Rain fell."], ["Roads closed."], ["Rain  fell!"]])).toEqual([null, null, 0]);
    expect(repeatedParagraphs([["Rain fell on the valley.", "Roads closed."], ["LONDON (Reuters) - Rain fell on the valley."]])).toEqual([null, 0]);
    expect(repeatedParagraphs([])).toEqual([]);
    expect(repeatedParagraphs([[], ["Rain fell."], []])).toEqual([null, null, null]);
  });
});
