/**
 * Word lists of stages 06/07 are probed by the hash the tokenizer computes while reading
 * (Token.key). These cases pin that the key always equals wordKey(lower), whatever the
 * text, and that the table answers exactly like a Map.
 */
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {tokenize, tokenizeRange} from "../../../src/pipeline/events/tokens.ts";
import {hasWord, lookupWord, wordIndex, wordKey, wordSet} from "../../../src/pipeline/events/word-index.ts";

describe("Token.key", () => {
  it.each([
    ["lowercase word", "freed"],
    ["capitalised word", "Freed"],
    ["digits", "2024"],
    ["straight apostrophe", "O'Neil"],
    ["capital after an apostrophe is kept as written", "don'T"],
    ["curly apostrophes fold", "rock’n’roll"],
    ["dotted capital I lowercases to two characters", "İstanbul"],
    ["non-ASCII capitals", "ÉLAN"],
    ["punctuation", "—"],
    ["astral letter", "\u{1D400}bc"]
  ])("%s", (_label, text) => {
    for (const t of tokenize(text, 0)) expect(t.key).toBe(wordKey(t.lower));
  });

  it("equals wordKey(lower) on random text", () => {
    const parts = fc.oneof(
      fc.constantFrom("O'Neil", "don'T", "rock’n’roll", "İstanbul", "ÉLAN", "a’b", "x'É", "’", "'", " ", "Ab1", "ſ", "\u212A", "\u{1D400}", "Мир", "-", "ß", "ǅ"),
      fc.string({maxLength: 4}),
      fc.string({unit: "binary", maxLength: 3})
    );
    fc.assert(
      fc.property(fc.array(parts, {maxLength: 10}), (list) => tokenize(list.join(""), 0).every((t) => t.key === wordKey(t.lower))),
      {numRuns: 3000}
    );
  });

  it("a token's end (not stored: start + text length) is the offset after its characters", () => {
    const text = "Ab \u{1D400}c, rock’n’roll İstanbul (x) — don't";
    fc.assert(fc.property(fc.integer({min: 0, max: 7}), (shift) => tokenize(text, shift).every((t) => text.slice(t.start - shift, t.end - shift) === t.text)));
    expect(tokenize("Rescuers freed 12.", 100).map((t) => t.end)).toEqual([108, 114, 117, 118]);
  });

  it("a range of the article gives the tokens of its slice, offsets in the article", () => {
    const text = "Floods hit Ravenna. Rescuers freed 40 people.";
    const a = tokenizeRange(text, 20, text.length, 0);
    const b = tokenize(text.slice(20), 20);
    expect(a).toEqual(b);
  });
});

describe("wordIndex", () => {
  it("answers like a Map, colliding keys included", () => {
    const words = ["in", "near", "at", "from", "to", "the", "a", "freed", "met", "Aa", "BB"]; // "Aa" and "BB" share a key
    expect(wordKey("Aa")).toBe(wordKey("BB"));
    const index = wordIndex(words.map((w, i) => [w, i] as const));
    const map = new Map(words.map((w, i) => [w, i]));
    for (const w of [...words, "inn", "", "Ab", "b", "near "]) expect(lookupWord(index, w, wordKey(w))).toBe(map.get(w));
  });

  it("a set holds exactly its words", () => {
    const set = wordSet(["while", "after"]);
    expect(hasWord(set, "while", wordKey("while"))).toBe(true);
    expect(hasWord(set, "whilst", wordKey("whilst"))).toBe(false);
  });
});
