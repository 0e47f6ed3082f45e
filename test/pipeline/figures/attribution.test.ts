/**
 * findAttribution reads "according to", inversions and "X said" in one scan; these pin which one wins and the
 * case-sensitive verbs.
 */
import {describe, expect, it} from "vitest";
import {findAttribution, timeWordMayFollow, trimEdgePunct} from "../../../src/pipeline/figures/attribution.ts";

describe("findAttribution", () => {
  it.each<[string, string | null]>([
    ["At least 40 people drowned, the ministry said.", "the ministry"],
    ["At least 40 people drowned, said the regional governor.", "the regional governor"],
    ["According to hospital sources, 12 people were hurt, the mayor said.", "hospital sources"],
    ["Twelve people were hurt, as reported by local radio.", "local radio"],
    ["The police chief has also told reporters that 9 died.", "The police chief"],
    ["Aid reached the United States and 30 people were flown out.", null],
    ["Aid reached the United STATES, Said nobody.", null],
    ["3,400 were counted by volunteers.", null],
    ["Hamas is believed to hold 20 hostages, Israeli officials said.", "Israeli officials"]
  ])("%s", (text, source) => {
    expect(findAttribution(text, 0, [])).toBe(source);
  });

  it("takes the full name from a mention covering the source", () => {
    const text = "Twelve died, Peskov said.";
    expect(findAttribution(text, 100, [{start: 113, end: 119, text: "Peskov", name: "Dmitry Peskov"} as never])).toBe("Dmitry Peskov");
  });

  it("reads a sentence with more verb candidates than the one scan keeps (separate scans)", () => {
    const text = "Twelve died" + ", officials said".repeat(300) + ".";
    expect(findAttribution(text, 0, [])).toBe("officials");
    expect(findAttribution("Twelve died" + " said".repeat(300) + ", according to the mayor.", 0, [])).toBe("the mayor");
  });
});

describe("timeWordMayFollow: the character pre-test in front of TRAILING_TIME (a blank, then o/l/t/e in either case)", () => {
  it.each([
    ["'on' after a space", "the ministry on Tuesday", true],
    ["capital 'Last' after a tab", "the army\tLast week", true],
    ["'earlier' at the end", "the ministry earlier", true],
    ["only a word starting with t (a miss the regex then decides)", "the health team", true],
    ["no blank before any o/l/t/e", "the health ministry", false],
    ["one word", "Hamas", false],
    ["blank at the very end", "Hamas ", false],
    ["empty", "", false]
  ])("%s", (_label, text, expected) => {
    expect(timeWordMayFollow(text)).toBe(expected);
  });

  it.each([
    ["trailing time cut after a capitalised word", "At least 40 people drowned, the ministry On Tuesday said.", "the ministry"],
    ["trailing time after a tab", "At least 40 people drowned, the ministry\tlast week said.", "the ministry"],
    ["no time word: the phrase is whole", "At least 40 people drowned, the health ministry said.", "the health ministry"]
  ])("findAttribution: %s", (_label, text, expected) => {
    expect(findAttribution(text, 0, [])).toBe(expected);
  });
});

describe("trimEdgePunct: the global replace of /^[ \\t,\"“”'‘’]+|[ \\t,\"“”'‘’]+$/g by an index trim", () => {
  const EDGE_PUNCT = /^[ \t,"“”'‘’]+|[ \t,"“”'‘’]+$/g;
  it.each([
    ["leading blank", " the ministry"],
    ["quotes and comma both ends", "\u201c the ministry,\u201d "],
    ["tab and apostrophes", "\t'Hamas’"],
    ["middle run kept", "the army , 'officials'"],
    ["all edge characters", " , \" "],
    ["nothing to trim", "the ministry"],
    ["empty", ""]
  ])("%s", (_label, text) => {
    expect(trimEdgePunct(text)).toBe(text.replace(EDGE_PUNCT, ""));
  });
});
