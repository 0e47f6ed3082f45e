/**
 * startsUpper / startsLower / allLower must answer exactly as the Unicode regexes they stand for.
 */
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {allLower, startsLower, startsUpper} from "../../../src/pipeline/events/letter-case.ts";

const refUpper = (s: string): boolean => /^\p{Lu}/u.test(s);
const refLower = (s: string): boolean => /^\p{Ll}/u.test(s);
const refAllLower = (s: string): boolean => /^\p{Ll}+$/u.test(s);

const samples = ["", "Gaza", "gaza", "GAZA", "1990s", "-", "’s", "Élysée", "élan", "İstanbul", "ßa", "ǅ", "\u{1D400}x", "\u{1D41A}x", "a\u{1D41A}", "abc1", "ab-c", "abé", "abÉ", "ſ", "\u212A", "ﬁ"];

describe("letter case", () => {
  it.each(samples)("%j", (s) => {
    expect(startsUpper(s)).toBe(refUpper(s));
    expect(startsLower(s)).toBe(refLower(s));
    expect(allLower(s)).toBe(refAllLower(s));
  });

  it("agrees with the regexes on random text", () => {
    const part = fc.oneof(fc.constantFrom("a", "Z", "é", "É", "1", "-", "’", "\u{1D400}", "\u{1D41A}", "ß", "ǅ", " "), fc.string({maxLength: 2}));
    fc.assert(
      fc.property(fc.array(part, {maxLength: 5}), (parts) => {
        const s = parts.join("");
        return startsUpper(s) === refUpper(s) && startsLower(s) === refLower(s) && allLower(s) === refAllLower(s);
      }),
      {numRuns: 3000}
    );
  });
});
