/**
 * Round 33: Central Asian and Russian given names written with an opening "Zh" or "J" for one sound ("Zhanibek Omarov"
 * / "Janibek Omarov") are one person when the surnames agree. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function extraction(id: string, text: string): ArticleExtraction {
  const article = makeArticle(text, {articleId: id, outlet: id, file: id + ".txt", published: "2024-05-06"});
  const sentences = makeSentences(text);
  return {article, sentences, dates: [], mentions: findMentions(article, sentences, empty), figures: [], events: [], interactions: [], labels: [], warnings: []};
}

/** How many actors the person mentions of the two articles end in. */
function people(a: string, b: string): number {
  const xs = [extraction("a", a), extraction("b", b)];
  const {mentionActors} = mergeActors(xs, empty);
  const ids = new Set<string>();
  xs.forEach((x, i) => x.mentions.forEach((m, k) => m.kind === "person" && ids.add(mentionActors[i][k])));
  return ids.size;
}

describe("round 33: an opening Zh / J in a given name", () => {
  it.each<[string, string, string]>([
    ["a Kazakh given name", "Energy Minister Zhanibek Omarov opened the dam on Monday.", "Janibek Omarov, the energy minister, opened the dam."],
    ["a woman's given name", "Zhyldyz Asanova, the coach, named the squad for the final.", "The squad was named by Jyldyz Asanova on Friday."],
    ["a transliterated ending in the surname too", "Mayor Zhanar Kemelbayev thanked the flood crews.", "Janar Kemelbaev, the mayor, thanked the crews."]
  ])("%s: one person", (_label, a, b) => {
    expect(people(a, b)).toBe(1);
  });

  it("negative: a short given name (Zhan / Jan) stays apart", () => {
    expect(people("Zhan Petrov scored twice for the club.", "Jan Petrov refereed the match.")).toBe(2);
  });

  it("negative: the sexes must agree (Omarov / Omarova)", () => {
    expect(people("Zhanibek Omarov opened the dam.", "Janibek Omarova opened the school.")).toBe(2);
  });

  it("mend 33 F3 negative: a Zh and a J name in one article are two people", () => {
    const xs = [extraction("a", "Zhiwei Wang, a chemist, met his cousin Jiwei Wang in Shanghai.")];
    const {mentionActors} = mergeActors(xs, empty);
    const ids = new Set(xs[0].mentions.flatMap((m, k) => (m.kind === "person" ? [mentionActors[0][k]] : [])));
    expect(ids.size).toBe(2);
  });

  it("negative: another surname stays another person", () => {
    expect(people("Zhanibek Omarov opened the dam.", "Janibek Seitkaliev opened the school.")).toBe(2);
  });
});
