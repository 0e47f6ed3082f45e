/**
 * Round 17: the Gulf honorific "Sayyid" / "Sayyida" before a name (model/titles.ts
 * KEPT_HONORIFICS) is kept in the mention's text and left out of its name, so "thanked Foreign
 * Minister Sayyid B C" thanks the person, not an organisation "Sayyid". Stage 04 on invented
 * sentences, then stage 07 on the same mentions. Negatives: the lowercase word, a name that ends
 * with it, and a sports sentence.
 */
import {describe, expect, it} from "vitest";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

/** "text = name (kind)" of each mention, and the rows "source -type-> target" of one invented article. */
function read(text: string): {mentions: string[]; rows: string[]} {
  const article = makeArticle(text, {published: "2024-05-01", articleId: "a0", outlet: "o", file: "a0.txt"});
  const sentences = splitSentences(article);
  const mentions = findMentions(article, sentences, empty);
  const rows = findInteractions(article, sentences, [], mentions, empty).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`);
  return {mentions: mentions.map((m: Mention) => `${m.text} = ${m.name} (${m.kind})`), rows};
}

describe("round 17: 'Sayyid' kept in the text, left out of the name", () => {
  it("sentence → expected rows: 'Sayyid' after a title, thanked", () => {
    const r = read("Trade talks resumed.\n\nEnvoy Lucia Valdane thanked Culture Minister Sayyid Murad al-Kassabi on Monday.");
    expect(r.mentions).toContain("Sayyid Murad al-Kassabi = Murad al-Kassabi (person)");
    expect(r.rows).toContain("Lucia Valdane -thanked-> Sayyid Murad al-Kassabi");
  });
  it("sentence → expected row: 'Sayyida' opening a sentence", () => {
    expect(read("The museum reopened.\n\nSayyida Noor al-Habsi, who chairs the board, cut the ribbon.").mentions).toContain("Sayyida Noor al-Habsi = Noor al-Habsi (person)");
  });
  it("negative: a name that ends with the word keeps it as part of the name", () => {
    expect(read("The museum reopened.\n\nCurator Mazen Sayyid opened the exhibition.").mentions).toContain("Mazen Sayyid = Mazen Sayyid (person)");
  });
  it("negative (sport): no organisation 'Sayyid' is thanked", () => {
    const r = read("The derby ended level.\n\nCoach Lucia Valdane thanked striker Sayyid Nader Balushi after the match.");
    expect(r.rows.some((x) => x.endsWith("-> Sayyid"))).toBe(false);
  });
});
