/**
 * Round 14, class 8: a given name alone in a headline or standfirst right after a kin noun
 * ("Trapped miner's daughter Irina waits") is the one person the body names in full with it when
 * the body names a relative of that family too (review 14 narrowed it). Negatives: no kin noun,
 * two people of the body share the given name, the body never names her, no relative named. Also class 2 (no new code): hyphen or
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
  it("negative: a given name with no kin noun before it is left alone", () => {
    expect(rows("Nadia back home after nine days in the forest\n\nThe hiker Nadia Karimova landed in Kazan on Friday with her brother Oleg Karimov.").map((r) => r[0])).not.toContain("Nadia");
  });

  it("sentence → expected row: a miner's daughter named first in the headline, in full later", () => {
    expect(rows("Trapped miner's daughter Irina waits at the pithead\n\nRescuers reached Pavel Volkov on Monday. Irina Volkova, 19, had waited at the pithead for three days.")).toContainEqual(["Irina", "Irina Volkova"]);
  });

  it("negative: two women of the body share the given name, or the body never names her", () => {
    const two = rows("Trapped miner's daughter Irina waits at the pithead\n\nRescuers reached Pavel Volkov on Monday. Irina Volkova and Irina Sokolova waited at the pithead.");
    expect(two.map((r) => r[0])).not.toContain("Irina");
    expect(rows("Trapped miner's daughter Irina waits at the pithead\n\nRescuers reached Pavel Volkov on Monday.").map((r) => r[0])).not.toContain("Irina");
    expect(rows("Trapped miner's daughter Irina waits at the pithead\n\nRescuers reached Pavel Volkov on Monday. Irina Sokolova, a nurse, waited at the pithead.").map((r) => r[0])).not.toContain("Irina");
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
