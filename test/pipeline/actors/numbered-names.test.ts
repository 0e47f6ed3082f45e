/**
 * Stage 04, session 31: a name that ends in a number ("Calle 44", "Channel 9") when the article writes that same
 * "<name> <number>" at least twice (actors/numbered-names.ts); stage 05 then counts no one in it. Invented names and
 * sentences only.
 */
import {describe, expect, it} from "vitest";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";
import {findFigures} from "../../../src/pipeline/stages/05-figures.ts";

const empty = emptyContext();

function mentions(text: string): Mention[] {
  const article = makeArticle(text, {published: "2024-03-04"});
  return findMentions(article, splitSentences(article), empty);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}/${m.kind}`).join("; ");

const GANG = "Gunmen from Calle 44 kidnapped three engineers near the border. Calle 44 released two of the hostages on Tuesday. Police said Calle 44 still holds the third hostage.";

describe("names that end in a number", () => {
  it("a gang named three times takes its number", () => {
    const ms = mentions(GANG);
    expect(ms.filter((m) => m.text === "Calle 44" && m.kind === "organization"), show(ms)).toHaveLength(3);
  });
  it("negative: a place and a count written once keep apart", () => {
    const ms = mentions("In Tarsk 18 people died when the dam broke. Rescuers reached Tarsk on Monday.");
    expect(ms.some((m) => /\d/.test(m.text)), show(ms)).toBe(false);
  });
  it("negative: a number before a thousands comma is a count", () => {
    const ms = mentions("Officials in Tarsk 18,000 homes. Tarsk 18,000 again.");
    expect(ms.some((m) => /\d/.test(m.text)), show(ms)).toBe(false);
  });
});

describe("stage 05 counts no one inside such a name", () => {
  it("the gang's number is no figure once stage 04 names the gang", () => {
    const article = makeArticle(GANG, {published: "2024-03-04"});
    const sentences = splitSentences(article);
    const ms = findMentions(article, sentences, empty);
    const quotes = (m: Mention[]) => findFigures(article, sentences, [], m, empty).map((f) => f.quote);
    expect(quotes([])).toContain("44");
    expect(quotes(ms)).toEqual(["three", "two"]);
  });
});

describe("a numbered name joined to another body over 'and'", () => {
  it("the second body keeps its number and stands apart", () => {
    const ms = mentions("Calle 44 stopped the truck. Qatar mediated between the Delta Front and Calle 44.");
    expect(ms.map((m) => m.text), show(ms)).toEqual(["Calle 44", "Qatar", "Delta Front", "Calle 44"]);
  });
  it("negative: a body whose name holds 'and' keeps it when its tail is not repeated with the number", () => {
    const ms = mentions("The Fire and Rescue Service 12 crews were sent. Qatar thanked the Fire and Rescue Service.");
    expect(ms.some((m) => m.text === "Rescue Service 12"), show(ms)).toBe(false);
  });
});
