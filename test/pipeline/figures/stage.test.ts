/**
 * Stage-level behaviour of findFigures: repeated paragraphs, sentence kinds, dates and mentions as
 * optional help, offsets into Article.text.
 */
import {describe, expect, it} from "vitest";
import type {DateMention, Mention, Sentence} from "../../../src/pipeline/types.ts";
import {findFigures} from "../../../src/pipeline/stages/05-figures.ts";
import {EMPTY_CTX, figuresOf, makeArticle, naiveSentences} from "./helpers.ts";

describe("findFigures (stage)", () => {
  it("skips sentences whose paragraph repeats an earlier one", () => {
    const text = "Floods killed 40 people.\nFloods killed 40 people.";
    const sentences = naiveSentences(text, true);
    expect(sentences[1].repeatOf).toBe(0);
    expect(findFigures(makeArticle(text), sentences, [], [], EMPTY_CTX)).toHaveLength(1);
  });
  it("yields a headline figure once when the headline is printed twice", () => {
    const text = "Quake kills 300 people\nQuake kills 300 people\nRescuers searched the rubble.";
    expect(figuresOf(text).map((f) => f.quote)).toEqual(["300"]);
  });
  it("keeps the same number in different sentences", () => {
    const text = "The storm killed 12 people. In the next town, 12 people were injured.";
    expect(figuresOf(text).map((f) => f.category)).toEqual(["killed", "wounded"]);
  });
  it("keeps captions and headlines, skips credits and boilerplate", () => {
    const text = "Quake kills 300 people\nRescuers pull 12 survivors from rubble\nPhoto: 25 people pictured";
    const s = naiveSentences(text);
    s[1].kind = "caption";
    s[2].kind = "credit";
    s[0].kind = "headline";
    const got = findFigures(makeArticle(text), s, [], [], EMPTY_CTX);
    expect(got.map((f) => f.quote)).toEqual(["300", "12"]);
  });
  it("uses a date mention in the clause for as_of (resolved date first)", () => {
    const text = "By Monday, the floods had killed 57 people.";
    const s = naiveSentences(text);
    const d: DateMention = {sentenceIndex: 0, start: 3, end: 9, text: "Monday", date: "2024-05-06", precision: "day", basis: "relative"};
    const [f] = findFigures(makeArticle(text), s, [d], [], EMPTY_CTX);
    expect(f.asOf).toBe("2024-05-06");
  });
  it("a date in another comma clause is the event's, not the count's", () => {
    const text = "Gunmen attacked the village on Monday, killing 40 people.";
    const d: DateMention = {sentenceIndex: 0, start: 31, end: 37, text: "Monday", date: "2024-05-06", precision: "day", basis: "relative"};
    const [f] = findFigures(makeArticle(text), naiveSentences(text), [d], [], EMPTY_CTX);
    expect(f.quote).toBe("40");
    expect(f.asOf).toBeNull();
  });
  it("resolves 'as of' through a date mention inside it", () => {
    const text = "The toll reached 800 as of Tuesday.";
    const s = naiveSentences(text);
    const d: DateMention = {sentenceIndex: 0, start: 27, end: 34, text: "Tuesday", date: "2024-05-07", precision: "day", basis: "relative"};
    const [f] = findFigures(makeArticle(text), s, [d], [], EMPTY_CTX);
    expect(f.asOf).toBe("2024-05-07");
  });
  it("a date mention inside the period is not as_of", () => {
    const text = "Since January, 300 people have died.";
    const s = naiveSentences(text);
    const d: DateMention = {sentenceIndex: 0, start: 6, end: 13, text: "January", date: "2024-01", precision: "month", basis: "explicit"};
    const [f] = findFigures(makeArticle(text), s, [d], [], EMPTY_CTX);
    expect(f.period).toBe("Since January");
    expect(f.asOf).toBeNull();
  });
  it("uses a mention's full name for the attribution", () => {
    const text = "At least 90 people died, Petrova said.";
    const s = naiveSentences(text);
    const m: Mention = {sentenceIndex: 0, start: 25, end: 32, text: "Petrova", name: "Anna Petrova", kind: "person", gazetteerName: null, via: "chunk", title: null};
    const [f] = findFigures(makeArticle(text), s, [], [m], EMPTY_CTX);
    expect(f.attribution).toBe("Anna Petrova");
  });
  it("a pronoun source resolved by a mention gives the name", () => {
    const text = "He said 30 miners were trapped.";
    const m: Mention = {sentenceIndex: 0, start: 0, end: 2, text: "He", name: "Ivan Sokolov", kind: "person", gazetteerName: null, via: "pronoun", title: null};
    const [f] = findFigures(makeArticle(text), naiveSentences(text), [], [m], EMPTY_CTX);
    expect(f.attribution).toBe("Ivan Sokolov");
  });
  it("offsets index Article.text exactly, also after leading text", () => {
    const text = "Intro line.\n\n  The quake killed approximately 2,000 people and injured between 30 and 40 more.";
    const article = makeArticle(text);
    const got = findFigures(article, naiveSentences(text), [], [], EMPTY_CTX);
    expect(got.length).toBe(2);
    for (const f of got) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(got.map((f) => f.quote)).toEqual(["approximately 2,000", "between 30 and 40"]);
  });
  it("skips a sentence whose offsets do not match the article text instead of misquoting", () => {
    const text = "The quake killed 312 people.";
    const bad: Sentence = {index: 0, start: 1, end: 29, text: "The quake killed 312 people.", kind: "body", paragraph: 0, repeatOf: null};
    expect(findFigures(makeArticle(text), [bad], [], [], EMPTY_CTX)).toEqual([]);
  });
  it("every figure names its rule", () => {
    for (const f of figuresOf("Some 40 people died. He was held for 30 days in captivity. Hundreds of people fled.")) {
      expect(f.rule).toMatch(/^(number-noun|vague-of-noun|bare-number-verb|bare-number-cue|days-in-captivity)/);
    }
  });
});
