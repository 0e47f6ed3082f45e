import {describe, expect, it} from "vitest";
import type {Sentence} from "../../../src/pipeline/types.ts";
import {forgetSentenceTokens, sentenceTokens, tokenize, withLex} from "../../../src/pipeline/actors/tokens.ts";
import * as lexicon from "../../../src/pipeline/actors/lexicon.ts";

const {LEX_FIRST, LEX_STOP} = lexicon;

const sentence = (text: string, index: number, start: number, end: number): Sentence => ({index, start, end, text: text.slice(start, end), kind: "body", paragraph: 0, repeatOf: null});

describe("scanner: the abbreviation and digraph pre-test by word hash", () => {
  it.each([
    ["an abbreviation keeps its period", "Dr. Okafor spoke", "Dr."],
    ["…in capitals too", "GEN. Musa spoke", "GEN."],
    ["a two-letter initial keeps its period", "Yu. Petrenko spoke", "Yu."],
    ["a sentence-final word does not", "Officials said.", "said"],
    ["a two-letter word before a period does not", "They saw us.", "us"],
    ["a word with digits does not", "Sector B2. Soldiers", "B2"]
  ])("%s", (_label, text, word) => {
    expect(tokenize(text).map((t) => t.text)).toContain(word);
  });
});

describe("sentenceTokens: one exact-size list per sentence", () => {
  it("a short sentence after a long one gets only its own tokens", () => {
    const text = "Rescuers freed twelve people from the collapsed building on Monday. Floods hit.";
    const article = {text};
    const long = sentence(text, 0, 0, 67);
    const short = sentence(text, 1, 68, 79);
    expect(sentenceTokens(article, long)).toHaveLength(10);
    const tokens = sentenceTokens(article, short);
    expect(tokens.map((t) => t.text)).toEqual(["Floods", "hit"]);
    expect(sentenceTokens(article, short)).toBe(tokens);
    forgetSentenceTokens([long, short]);
  });

  it("equals tokenize of the sentence, offsets in the article", () => {
    const text = "Intro. Mr. Okafor met al-Amin in Kyiv.";
    const s = sentence(text, 1, 7, text.length);
    const got = sentenceTokens({text}, s);
    const want = tokenize(text.slice(7), 7);
    expect(got.map((t) => [t.start, t.end, t.text, t.key, t.sep, t.lex])).toEqual(want.map((t) => [t.start, t.end, t.text, t.key, t.sep, t.lex]));
    forgetSentenceTokens([s]);
  });
});

describe("tokenize: scans a plain copy of its text (plainCopy), same tokens", () => {
  const fields = (ts: ReturnType<typeof tokenize>) => ts.map((t) => [t.start, t.end, t.text, t.key, t.cap, t.upper, t.poss, t.sep, t.opener, t.lex]);

  it("a literal and the same words cut from a longer text give the same tokens and offsets", () => {
    const literal = "Mr. O'Brien of the U.S. met Erdoğan’s aide";
    const cut = ("Intro: " + literal + " later").slice(7, 7 + literal.length);
    expect(fields(tokenize(literal, 40))).toEqual(fields(tokenize(cut, 40)));
    expect(tokenize(literal).map((t) => t.text)).toEqual(["Mr.", "O'Brien", "of", "the", "U.S.", "met", "Erdoğan", "aide"]);
  });

  it("the shortest texts: empty, one letter, one letter and a space", () => {
    expect(tokenize("")).toEqual([]);
    expect(fields(tokenize("A"))).toEqual([[0, 1, "A", "a", true, false, false, "start", false, tokenize("A")[0].lex]]);
    expect(tokenize("A ").map((t) => t.end)).toEqual([1]);
  });
});

describe("WordToken: flags and lexicon bits packed in one field", () => {
  it("every LEX_* bit is below the flags (bit 15 and up)", () => {
    for (const [name, bit] of Object.entries(lexicon)) if (name.startsWith("LEX_") && typeof bit === "number") expect(bit).toBeLessThan(1 << 15);
  });

  it.each([
    ["flags of a capitalised possessive after an opening quote", "He said: “Olsen’s aide left", 2, [true, false, true, true]],
    ["an all-caps word", "the NATO summit", 1, [true, true, false, false]],
    ["a lowercase word", "the NATO summit", 2, [false, false, false, false]]
  ])("%s", (_label, text, k, flags) => {
    const t = tokenize(text)[k];
    expect([t.cap, t.upper, t.poss, t.opener]).toEqual(flags);
  });

  it("the surface is the text between the offsets, for a lexicon word, an abbreviation and a possessive", () => {
    const text = "Mr. Olsen’s minister met the U.S. envoy";
    for (const t of tokenize(text, 5)) expect(t.text).toBe(text.slice(t.start - 5, t.end - 5));
  });

  it("withLex: other lexicon bits, every other field the same", () => {
    const t = tokenize("said “Jan’s")[1];
    const u = withLex(t, (t.lex & ~LEX_STOP) | LEX_FIRST);
    expect(u.lex & LEX_FIRST).not.toBe(0);
    expect(u.lex & LEX_STOP).toBe(0);
    expect([u.start, u.end, u.text, u.key, u.cap, u.upper, u.poss, u.sep, u.opener]).toEqual([t.start, t.end, t.text, t.key, t.cap, t.upper, t.poss, t.sep, t.opener]);
  });
});
