import {describe, expect, it} from "vitest";
import {isAsciiLetter, isDigit, isLetterOrDigit, sameAsciiLower} from "../../../src/pipeline/util/chars.ts";

describe("isDigit", () => {
  it.each([
    ["0", true],
    ["9", true],
    ["/", false],
    [":", false],
    ["a", false],
    ["٣", false],
    ["５", false]
  ])("%s → %s", (ch, want) => {
    expect(isDigit(ch.charCodeAt(0))).toBe(want);
  });

  it("agrees with /[0-9]/ on every BMP code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isDigit(c)).toBe(/[0-9]/.test(String.fromCharCode(c)));
  });
});

describe("isLetterOrDigit", () => {
  it.each([
    ["é", true],
    ["Ж", true],
    ["٣", true],
    ["a", true],
    ["7", true],
    ["—", false],
    ["“", false],
    [" ", false]
  ])("%s → %s", (ch, want) => {
    expect(isLetterOrDigit(ch.charCodeAt(0))).toBe(want);
  });

  it("agrees with /[\\p{L}\\p{N}]/u on every BMP code unit, asked twice (the second answer comes from the cache)", () => {
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 0; c < 0x10000; c++) expect(isLetterOrDigit(c)).toBe(/[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
    }
  });
});

describe("isAsciiLetter", () => {
  it("agrees with /[A-Za-z]/ on every BMP code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isAsciiLetter(c)).toBe(/[A-Za-z]/.test(String.fromCharCode(c)));
  });
});

describe("sameAsciiLower", () => {
  it.each([
    ["capitals folded", "minister", "The Minister said", 4, 12, true],
    ["all capitals", "un", "the UN said", 4, 6, true],
    ["other length", "minister", "The Ministers said", 4, 13, false],
    ["other letter", "mayor", "The Major said", 4, 9, false],
    ["non-ASCII capital is not folded", "élan", "Élan", 0, 4, false]
  ] as [string, string, string, number, number, boolean][])("%s", (_label, word, text, start, end, want) => {
    expect(sameAsciiLower(word, text, start, end)).toBe(want);
  });
});
