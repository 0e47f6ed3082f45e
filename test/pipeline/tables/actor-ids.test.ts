/**
 * Stage 11 reads stage 09's actor-id lists (one per article, indexed by mention) through one flat scratch array
 * (11-tables.ts flatActorIds). Pinned here: a missing or short list gives its mentions no actor, a holey list
 * reads its holes as no actor, and no id leaks into another article or into the next call.
 */
import {describe, expect, it} from "vitest";
import type {ArticleExtraction, LabelMention} from "../../../src/pipeline/types.ts";
import {toTables} from "../../../src/pipeline/stages/11-tables.ts";
import {makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const TEXT = "Hamas, the militant group, said so.";

/** One article whose labels name mentions 0 … count − 1, each labelled "group". */
function extraction(articleId: string, count: number): ArticleExtraction {
  const article = makeArticle(TEXT, {articleId, outlet: "rt"});
  const label = (mention: number): LabelMention => ({sentenceIndex: 0, start: 7, end: 25, mention, label: "group", rule: "appositive"});
  return {article, sentences: makeSentences(TEXT), dates: [], mentions: [], figures: [], events: [], interactions: [], labels: Array.from({length: count}, (_, k) => label(k)), warnings: []};
}

/** The (actor, count) pairs of the labels table for articles with `counts` labels and these actor-id lists. */
function labelled(counts: number[], lists: (string[] | undefined)[]): [string, number][] {
  const xs = counts.map((n, k) => extraction(`a${k}`, n));
  const rows = toTables([], xs, {actors: [], mentionActors: lists as string[][], suggestions: []}).labels;
  return rows.map((r) => [r.actor_id, r.count]);
}

describe("stage 11: actor-id lists that are missing, short or holey", () => {
  it("full lists: every labelled mention counts for its actor", () => {
    expect(labelled([2, 1], [["x", "y"], ["x"]])).toEqual([["x", 2], ["y", 1]]);
  });
  it("a missing list: that article's mentions have no actor, and the next article's ids stay its own", () => {
    expect(labelled([1, 1, 1], [["x"], undefined, ["z"]])).toEqual([["x", 1], ["z", 1]]);
  });
  it("a short list: the mention past its end has no actor", () => {
    expect(labelled([2], [["x"]])).toEqual([["x", 1]]);
  });
  it("a holey list: the hole is no actor", () => {
    const holey: string[] = [];
    holey[1] = "y";
    expect(labelled([2], [holey])).toEqual([["y", 1]]);
  });
  it("no id is left over for the next call", () => {
    labelled([3], [["x", "y", "z"]]);
    expect(labelled([3], [["w"]])).toEqual([["w", 1]]);
  });
});
