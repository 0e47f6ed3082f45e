import {describe, expect, it} from "vitest";
import type {ArticleExtraction, LabelMention} from "../../../src/pipeline/types.ts";
import {toTables} from "../../../src/pipeline/stages/11-tables.ts";
import {makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const TEXT = "Hamas, the militant group, said so.";

/** One article of `outlet` whose labels (one per actor id, in order) all say `label`. */
function extraction(articleId: string, outlet: string | null, labels: string[]): ArticleExtraction {
  const article = makeArticle(TEXT, {articleId, outlet});
  const label = (l: string, mention: number): LabelMention => ({sentenceIndex: 0, start: 7, end: 25, mention, label: l, rule: "appositive"});
  return {article, sentences: makeSentences(TEXT), dates: [], mentions: [], figures: [], events: [], interactions: [], labels: labels.map(label), warnings: []};
}

/** The labels table of some articles, each given as [outlet, [actor id, label][]]. */
function labelRows(articles: [string | null, [string, string][]][]) {
  const xs = articles.map(([outlet, pairs], k) => extraction(`a${k}`, outlet, pairs.map(([, l]) => l)));
  const mentionActors = articles.map(([, pairs]) => pairs.map(([actor]) => actor));
  const rows = toTables([], xs, {actors: [], mentionActors, suggestions: []}).labels;
  return rows.map((r) => [r.outlet, r.actor_id, r.label, r.count]);
}

describe("stage 11 labels: one row per (outlet, actor, label)", () => {
  it("counts one outlet's label for one actor across articles, case-insensitively (the first spelling is kept)", () => {
    expect(labelRows([["rt", [["hamas", "militant group"]]], ["rt", [["hamas", "Militant group"]]]])).toEqual([["rt", "hamas", "militant group", 2]]);
  });

  // Each pair below used to share one key `${outlet}|${actor}|${label}` and was counted as one row.
  it("keeps apart a '|' moved between outlet and actor", () => {
    expect(labelRows([["a|b", [["c", "group"]]], ["a", [["b|c", "group"]]]])).toEqual([
      ["a", "b|c", "group", 1],
      ["a|b", "c", "group", 1]
    ]);
  });

  it("keeps apart a '|' moved between actor and label", () => {
    expect(labelRows([["rt", [["x|y", "group"], ["x", "y|group"]]]])).toEqual([
      ["rt", "x", "y|group", 1],
      ["rt", "x|y", "group", 1]
    ]);
  });

  it("keeps apart an unknown outlet (null) and an outlet named 'null'", () => {
    expect(labelRows([[null, [["hamas", "group"]]], ["null", [["hamas", "group"]]]])).toEqual([
      [null, "hamas", "group", 1],
      ["null", "hamas", "group", 1]
    ]);
  });
});
