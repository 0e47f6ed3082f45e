import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {isRegexSpace, lastWordBefore, lastWordIsOneOf, skipRegexSpaces} from "../../../src/pipeline/dates/spaces.ts";

describe("03 dates: \\s as a char test", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    const mismatches: number[] = [];
    for (let c = 0; c < 65536; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) mismatches.push(c);
    expect(mismatches).toEqual([]);
  });

  it("is false for a number that is no char code (NaN past a string's end, -1 for none)", () => {
    expect(isRegexSpace(NaN)).toBe(false);
    expect(isRegexSpace(-1)).toBe(false);
    expect(isRegexSpace(0x2009)).toBe(true);
    expect(isRegexSpace(0x2019)).toBe(false);
  });

  it("skips spaces from an index", () => {
    expect(skipRegexSpaces("on \u00a0 Monday", 2)).toBe(5);
    expect(skipRegexSpaces("on", 2)).toBe(2);
    expect(skipRegexSpaces("a  ", 1)).toBe(3);
  });

  it.each([
    ["talks ran until ", 16, "until"],
    ["from mid-", 9, "mid"],
    ["in late\u00a0", 8, "late"],
    ["said on", 7, "on"],
    ["3 - ", 4, ""],
    ["", 0, ""],
    ["Early November", 5, "early"]
  ])("lastWordBefore(%j, %i) is %j", (text, index, word) => {
    expect(lastWordBefore(text, index)).toBe(word);
  });

  it("lastWordIsOneOf agrees with lastWordBefore and a list lookup", () => {
    const words = ["last", "past", "this", "early", "mid", "late", "of"];
    const pieces = ["Late", "late", "MID", "mid", "of", "f", "x", "past", "lasts", "é", " ", "-", "\u00a0", "1", ",", ""];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 6}), fc.nat(), (parts, at) => {
        const text = parts.join("");
        const index = text.length === 0 ? 0 : at % (text.length + 1);
        expect(lastWordIsOneOf(text, index, words)).toBe(words.includes(lastWordBefore(text, index)));
      }),
      {numRuns: 5000}
    );
  });
});
