/**
 * Round 12: generational suffixes ("Jr.", "Sr.", "III") after a surname. The suffix is no surname:
 * the lone surname of a later sentence or article is the suffixed name's; but it tells a son from
 * his father, so "X Y Jr." never joins "X Y Sr." or a plain "X Y". Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {parsePersonName} from "../../../src/pipeline/actors/person-name.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

/** Stage 02 (which keeps "Jr." inside a sentence) and 04 on one invented article. */
function extraction(text: string, id: string): ArticleExtraction {
  const article = makeArticle(text, {published: "2024-05-01", articleId: id, outlet: "o" + id, file: id + ".txt"});
  const mentions = findMentions(article, splitSentences(article), empty);
  return {article, sentences: [], dates: [], mentions, figures: [], events: [], interactions: [], labels: [], warnings: []};
}

function actors(texts: string[]): (xi: number, surface: string) => string | undefined {
  const xs = texts.map((t, i) => extraction(t, "a" + i));
  const out = mergeActors(xs, empty).mentionActors;
  return (xi, surface) => {
    const k = xs[xi].mentions.findIndex((m) => m.text === surface);
    return k < 0 ? undefined : out[xi][k];
  };
}

describe("parsePersonName sets a generational suffix aside", () => {
  it("sentence → expected row: the surname before 'Jr.' / 'III'", () => {
    expect(parsePersonName("Roberto Salcedo Jr.")).toMatchObject({surname: "salcedo", shape: "full", suffix: "jr"});
    expect(parsePersonName("Harold Whitcombe III")).toMatchObject({surname: "whitcombe", suffix: "iii"});
  });

  it("negative: two words are a given name and a surname, never a suffix ('Ii' is no suffix of a one-word name)", () => {
    expect(parsePersonName("Kofi Annan").suffix).toBeUndefined();
    expect(parsePersonName("Salcedo Jr.").surname).not.toBe("salcedo");
  });
});

describe("a suffixed name and its lone surname", () => {
  it("the lone surname of the next sentence is the suffixed name's", () => {
    const of = actors(["Dockers walked out at the port.\n\nUnion leader Harold Whitcombe III addressed the strikers on Monday. Whitcombe said the walkout would last a week."]);
    expect(of(0, "Whitcombe")).toBeDefined();
    expect(of(0, "Whitcombe")).toBe(of(0, "Harold Whitcombe III"));
  });

  it("across articles: a lone surname joins the one suffixed full name", () => {
    const of = actors(["Floods hit the valley.\n\nGovernor Roberto Salcedo Jr. toured the flooded towns on Friday.", "Pumps arrived.\n\nThe pumps were sent by Salcedo, the governor said."]);
    expect(of(0, "Roberto Salcedo Jr.")).toBeDefined();
    expect(of(1, "Salcedo")).toBe(of(0, "Roberto Salcedo Jr."));
  });

  it("negative: the son with the suffix and the father without it are two people", () => {
    const of = actors(["Floods hit the valley.\n\nGovernor Roberto Salcedo Jr. toured the flooded towns with his father, Roberto Salcedo, a former mayor."]);
    expect(of(0, "Roberto Salcedo")).toBeDefined();
    expect(of(0, "Roberto Salcedo Jr.")).not.toBe(of(0, "Roberto Salcedo"));
  });

  it("negative: 'Jr.' and 'Sr.' across articles never join", () => {
    const of = actors(["Strike.\n\nHarold Whitcombe Jr. led the march in Leeds.", "Obituary.\n\nHarold Whitcombe Sr. died in Leeds on Sunday."]);
    expect(of(0, "Harold Whitcombe Jr.")).toBeDefined();
    expect(of(0, "Harold Whitcombe Jr.")).not.toBe(of(1, "Harold Whitcombe Sr."));
  });
});
