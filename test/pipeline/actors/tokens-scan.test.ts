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
