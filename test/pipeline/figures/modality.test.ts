/**
 * sentenceModality finds cues and relative-pronoun cuts in one scan; these pin both lists, including a
 * pronoun that starts where a cue could and cues inside one another.
 */
import {describe, expect, it} from "vitest";
import {findModality, sentenceModality} from "../../../src/pipeline/figures/modality.ts";

describe("sentenceModality", () => {
  it("finds cues and cuts in order", () => {
    const t = "Officials said that 20 who were freed will be flown home, which could take days.";
    const s = sentenceModality(t);
    expect(s.cues.map((c) => [t.slice(c.start, c.end), c.modality])).toEqual([["will", "planned"], ["could", "hypothetical"]]);
    // "said that" is reporting: no cut there.
    expect(s.cuts).toEqual([t.indexOf("who") + 3, t.indexOf("which") + 5]);
  });

  it("skips the month May and a death toll's claim", () => {
    expect(sentenceModality("In May 40 died").cues).toEqual([]);
    expect(sentenceModality("the war claimed the lives of 40").cues).toEqual([]);
  });

  it("reads the clause after the last cut", () => {
    const t = "Rebels will say that 12 hostages were freed";
    expect(findModality(sentenceModality(t), 21, 23, 0, t.length)).toBe("planned");
    const u = "Rebels freed 12 hostages that would stay";
    expect(findModality(sentenceModality(u), 13, 15, 0, 24)).toBe("reported");
  });
});
