/**
 * Review of round 12, items in stage 04 / stage 09 (actors): the reviewer's sentences, with place
 * names that held-out sets or seeds use swapped for others. Each was a wrong merge or a wrong name.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {ArticleExtraction, Context} from "../../../src/pipeline/types.ts";
import {contextFrom, emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

function extraction(text: string, id: string, ctx: Context): ArticleExtraction {
  const article = makeArticle(text, {published: "2024-05-01", articleId: id, outlet: "o" + id, file: id + ".txt"});
  return {article, sentences: [], dates: [], mentions: findMentions(article, makeSentences(text), ctx), figures: [], events: [], interactions: [], labels: [], warnings: []};
}

function actors(texts: string[], ctx: Context = emptyContext()) {
  const xs = texts.map((t, i) => extraction(t, "a" + i, ctx));
  const out = mergeActors(xs, ctx).mentionActors;
  const of = (xi: number, surface: string, nth = 0): string | undefined => {
    const ks = xs[xi].mentions.flatMap((m, k) => (m.text === surface ? [k] : []));
    return ks.length <= nth ? undefined : out[xi][ks[nth]];
  };
  return {of, mentions: (xi: number) => xs[xi].mentions};
}

describe("review 12, item 1: o / u given names across articles", () => {
  it("'Robin Walker' (aid worker) and 'Rubin Walker' (councillor) are two people", () => {
    const {of} = actors(["Robin Walker, a British aid worker, was kidnapped in Gusau on Monday.", "Rubin Walker, a local councillor in Oregon, said the town would hold a vigil."]);
    expect(of(0, "Robin Walker")).toBeDefined();
    expect(of(0, "Robin Walker")).not.toBe(of(1, "Rubin Walker"));
  });

  it("'Soren Hakobyan' (engineer) and 'Suren Hakobyan' (deputy minister) are two people", () => {
    const {of} = actors(["Soren Hakobyan, a Danish engineer, was freed in Niamey.", "Suren Hakobyan, Armenia's deputy minister, met the envoy in Gyumri."]);
    expect(of(0, "Soren Hakobyan")).toBeDefined();
    expect(of(0, "Soren Hakobyan")).not.toBe(of(1, "Suren Hakobyan"));
  });
});

describe("review 12, item 5: 'alias' must follow the name", () => {
  it("'the lawyer of a gang leader alias \"El Tigre\"' does not name the lawyer", () => {
    const {of} = actors(['Karl Dahl, the lawyer of a gang leader alias "El Tigre", said his client would surrender.']);
    expect(of(0, "El Tigre")).toBeDefined();
    expect(of(0, "El Tigre")).not.toBe(of(0, "Karl Dahl"));
  });
});
