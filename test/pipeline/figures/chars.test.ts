/**
 * codeAt: charCodeAt with an explicit bounds check (same results, NaN outside the string).
 */
import {describe, expect, it} from "vitest";
import {allBlank, codeAt, hasLetter, isUpperCode, lowerCase, occursWithin, skipBlanks, skipBlanksBack} from "../../../src/pipeline/figures/chars.ts";

describe("codeAt", () => {
  it("reads like charCodeAt inside the string", () => {
    expect(codeAt("ab", 0)).toBe(97);
    expect(codeAt("ab", 1)).toBe(98);
    expect(codeAt("—", 0)).toBe(0x2014);
  });

  it("is NaN before the start and past the end, like charCodeAt", () => {
    expect(codeAt("ab", -1)).toBeNaN();
    expect(codeAt("ab", 2)).toBeNaN();
    expect(codeAt("", 0)).toBeNaN();
  });
});

describe("skipBlanks / skipBlanksBack", () => {
  it.each([
    ["12  dead", 2, 4],
    ["12\tdead", 2, 3],
    ["12", 2, 2],
    ["a \u00a0b", 1, 2]
  ])("skipBlanks(%j, %i) is %i (spaces and tabs only)", (text, pos, want) => {
    expect(skipBlanks(text, pos)).toBe(want);
  });
  it.each([
    ["between 3", 8, 6],
    ["  3", 2, -1],
    ["x", 0, -1]
  ])("skipBlanksBack(%j, %i) is %i", (text, pos, want) => {
    expect(skipBlanksBack(text, pos)).toBe(want);
  });
});

describe("isUpperCode", () => {
  it.each([
    ["a country's capital", "P", true],
    ["the last capital", "Z", true],
    ["a lowercase letter", "p", false],
    ["a digit", "7", false],
    ["an accented capital (ASCII only)", "É", false],
    ["a bracket right after Z", "[", false],
    ["an at sign right before A", "@", false]
  ])("%s: %s → %s", (_label, ch, expected) => {
    expect(isUpperCode(ch.charCodeAt(0))).toBe(expected);
  });
});

describe("allBlank", () => {
  it.each([
    ["spaces and a tab between a total and its dash", "40 \t- seven", 2, 4, true],
    ["an empty range", "40 people", 2, 2, true],
    ["a letter inside the range", "40 of them", 2, 5, false],
    ["a newline is no blank here", "40\n- seven", 2, 3, false],
    ["a range running past the end", "40  ", 2, 9, false]
  ])("%s", (_label, text, from, to, expected) => {
    expect(allBlank(text, from, to)).toBe(expected);
  });
});

describe("occursWithin", () => {
  it.each([
    ["the word inside the stretch", "40 were taken away", "taken", 2, 20, true],
    ["the word ending exactly at the end", "40 were taken", "taken", 2, 13, true],
    ["the word crossing the end", "40 were taken", "taken", 2, 12, false],
    ["the word only before the stretch", "taken: 40 were freed", "taken", 5, 20, false],
    ["case-sensitive", "40 were Taken", "taken", 0, 13, false],
    ["a later occurrence past the end only", "40 were freed, then taken", "taken", 0, 14, false]
  ])("%s", (_label, text, word, from, to, expected) => {
    expect(occursWithin(text, word, from, to)).toBe(expected);
  });
});

describe("hasLetter", () => {
  it.each([
    ["a lower-case k", "the gunmen kept the", 0, 19, "k", true],
    ["an upper-case K", "the gunmen Kept", 0, 15, "k", true],
    ["none in the stretch", "the gunmen held", 0, 15, "k", false],
    ["only outside the stretch", "kept the two", 4, 12, "k", false],
    ["a negative start reads from 0", "kept 2", -10, 4, "k", true],
    ["an end past the string stops at its end", "held", 0, 99, "k", false]
  ])("%s", (_label, text, from, to, lower, expected) => {
    expect(hasLetter(text, from, to, lower)).toBe(expected);
  });
});

describe("lowerCase", () => {
  it.each([
    ["a lower-case word comes back as it is", "people"],
    ["a capital is lowered", "Israeli"],
    ["all capitals", "UN"],
    ["a word cut from a two-byte text (an article with a dash)", ("\u2014hostages").slice(1)],
    ["past ASCII: toLowerCase's own rules", "ÉTAT"],
    ["a dotted capital I grows (ICU)", "İstanbul"],
    ["digits, apostrophes and hyphens", "men's-12"],
    ["empty", ""]
  ])("%s: same text as toLowerCase", (_label, s) => {
    expect(lowerCase(s)).toBe(s.toLowerCase());
  });

  it("returns the very string when nothing changes", () => {
    const s = "killed";
    expect(lowerCase(s)).toBe(s);
  });
});
