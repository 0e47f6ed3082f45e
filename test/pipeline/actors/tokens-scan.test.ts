import {describe, expect, it} from "vitest";
import type {Sentence} from "../../../src/pipeline/types.ts";
import {forgetSentenceTokens, sentenceTokens, tokenize} from "../../../src/pipeline/actors/tokens.ts";

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
