import {describe, expect, it} from "vitest";
import {repeatedParagraphs} from "../../../src/pipeline/sentences/repeats.ts";

describe("repeatedParagraphs", () => {
  it("finds a paragraph printed again, a lead split in sentences and a dateline before it", () => {
    expect(repeatedParagraphs([["Rain fell."], ["Roads closed."], ["Rain  fell!"]])).toEqual([null, null, 0]);
    expect(repeatedParagraphs([["Rain fell on the valley.", "Roads closed."], ["LONDON (Reuters) - Rain fell on the valley."]])).toEqual([null, 0]);
    expect(repeatedParagraphs([])).toEqual([]);
    expect(repeatedParagraphs([[], ["Rain fell."], []])).toEqual([null, null, null]);
  });

  it("compares a paragraph printed three times with the first each time, and only shared openings", () => {
    // No two sentences open alike: nothing can repeat.
    expect(repeatedParagraphs([["Rain fell."], ["Roads closed."], ["Schools shut."]])).toEqual([null, null, null]);
    // The same opening, different endings: compared, and not a repeat.
    expect(repeatedParagraphs([["Rescuers pulled twelve people from the rubble."], ["Rescuers pulled twelve people from the river."]])).toEqual([null, null]);
    expect(repeatedParagraphs([["Rain fell.", "Roads closed."], ["Schools shut."], ["Rain fell!", "roads closed"], ["RAIN FELL.", "Roads closed."]])).toEqual([null, null, 0, 0]);
  });

  it("reused scratch arrays: a long article (arrays grown) then a short one give fresh answers", () => {
    // 600 paragraphs of 3 sentences outgrow every scratch array; every fifth repeats paragraph 0.
    const long = Array.from({length: 600}, (_, p) => (p % 5 === 4 ? ["Rain fell on the valley.", "Roads closed."] : [`Paragraph ${p} opens here.`, `It says ${p} things.`, `And ends ${p}.`]));
    long[0] = ["Rain fell on the valley.", "Roads closed."];
    const got = repeatedParagraphs(long);
    expect(got.filter((j) => j === 0)).toHaveLength(120);
    expect(got[1]).toBeNull();
    // The stale hashes of the long article must not leak into a short one.
    expect(repeatedParagraphs([["Rain fell."], ["Roads closed."], ["Rain  fell!"]])).toEqual([null, null, 0]);
    expect(repeatedParagraphs([["Paragraph 7 opens here."], ["Nothing else."]])).toEqual([null, null]);
  });

  it("an article past the kept scratch size (70,000 sentences) gets arrays of its own, and the next one fresh answers", () => {
    const huge = Array.from({length: 35000}, (_, p) => (p % 7000 === 6999 ? ["Rain fell on the valley.", "Roads closed."] : [`Line ${p} opens.`, `Line ${p} ends.`]));
    huge[0] = ["Rain fell on the valley.", "Roads closed."];
    const got = repeatedParagraphs(huge);
    expect(got.filter((j) => j === 0)).toHaveLength(5);
    expect(repeatedParagraphs([["Rain fell."], ["Roads closed."], ["Rain  fell!"]])).toEqual([null, null, 0]);
  });
});
