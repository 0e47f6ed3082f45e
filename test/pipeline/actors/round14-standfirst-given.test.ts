/**
 * Round 14, class 8: a given name alone in a headline or standfirst ("Nadia back home after nine
 * days in the forest") is the one person the body names in full with it, as a lone given name in the body is.
 * Negatives: two people of the body share the given name; a given name followed by another
 * capitalised word; a given name the body never names. Also class 2 (no new code): hyphen or
 * space and accents in given names across outlets. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function extraction(text: string, id = "a0"): ArticleExtraction {
  const article = makeArticle(text, {published: "2024-05-01", articleId: id, outlet: "o" + id, file: id + ".txt"});
  return {article, sentences: [], dates: [], mentions: findMentions(article, splitSentences(article), empty), figures: [], events: [], interactions: [], labels: [], warnings: []};
}

const rows = (text: string) => extraction(text).mentions.map((m) => [m.text, m.name]);

describe("a lone given name in a headline or standfirst", () => {
  it("sentence → expected row: the given name in the headline is the woman the body names in full", () => {
    expect(rows("Nadia back home after nine days in the forest\n\nThe hiker Nadia Karimova landed in Kazan on Friday with her brother Oleg Karimov.")).toContainEqual(["Nadia", "Nadia Karimova"]);
  });

  it("sentence → expected row: a miner's daughter named first in the headline, in full later", () => {
    expect(rows("Trapped miner's daughter Irina waits at the pithead\n\nThe daughter of the trapped miner, Irina Volkova, said rescuers had reached the second shaft.")).toContainEqual(["Irina", "Irina Volkova"]);
  });

  it("negative: two women of the body share the given name, or the body never names her", () => {
    const two = rows("Nadia back home after nine days in the forest\n\nThe hikers Nadia Karimova and Nadia Osipova landed in Kazan on Friday.");
    expect(two.map((r) => r[0])).not.toContain("Nadia");
    expect(rows("Nadia back home after nine days in the forest\n\nThe hiker Oleg Karimov landed in Kazan on Friday.").map((r) => r[0])).not.toContain("Nadia");
  });
});

describe("hyphen or space and accents in given names across outlets (class 2)", () => {
  it("sentence → expected row: 'Jean-Marc Kaboré' and 'Jean Marc Kabore' are one actor", () => {
    const xs = [extraction("Strikers cheered Jean-Marc Kaboré at the gate.", "a0"), extraction("Jean Marc Kabore met the dockers' union.", "a1")];
    const out = mergeActors(xs, empty).mentionActors;
    expect(out[0][0]).toBe(out[1][0]);
  });

  it("negative: another given name with the same surname stays apart", () => {
    const xs = [extraction("Strikers cheered Jean-Marc Kaboré at the gate.", "a0"), extraction("Jean-Luc Kabore met the dockers' union.", "a1")];
    const out = mergeActors(xs, empty).mentionActors;
    expect(out[0][0]).not.toBe(out[1][0]);
  });
});
