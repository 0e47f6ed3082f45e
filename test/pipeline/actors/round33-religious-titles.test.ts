/**
 * Round 33: "Sister" (a nun's or a senior nurse's title) and "Fr" (the short "Father") are titles before a name, and a
 * one-word name after a religious title ("Fr Tom", "Sister Ruth", "Bishop Kwame") is a surface form of the person the
 * article named in full. Invented names and places only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction, Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function extraction(id: string, text: string): ArticleExtraction {
  const article = makeArticle(text, {articleId: id, outlet: id, file: id + ".txt", published: "2024-05-06"});
  const sentences = makeSentences(text);
  const mentions = findMentions(article, sentences, empty);
  return {article, sentences, dates: [], mentions, figures: [], events: [], interactions: [], labels: [], warnings: []};
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}/${m.title ?? ""}`);

/** The aliases of the actor whose name is `name`, in one article. */
function aliasesOf(text: string, name: string): string[] {
  const {actors} = mergeActors([extraction("a", text)], empty);
  return actors.find((a) => a.name === name)?.aliases ?? [];
}

describe("round 33: Sister and Fr before a name", () => {
  it.each<[string, string, string]>([
    ["Sister in an apposition", "The ward's head nurse, Sister Ruth Adeyemi, met the strikers.", "Ruth Adeyemi=Ruth Adeyemi/person/Sister"],
    ["Sister opening a sentence", "Sister Clara Boateng ran the flood shelter in Tamale.", "Clara Boateng=Clara Boateng/person/Sister"],
    ["Fr before a full name", "The club's chaplain, Fr Tomas Keane, blessed the new stadium.", "Tomas Keane=Tomas Keane/person/Fr"]
  ])("%s: the title is apart from the name", (_label, text, shown) => {
    const ms = findMentions(makeArticle(text), makeSentences(text), empty);
    expect(show(ms)).toContain(shown);
  });

  it.each<[string, string, string, string]>([
    ["Fr and the given name", "Father Tomas Keane opened the food bank in Galway. Fr Tomas thanked the volunteers.", "Tomas Keane", "Fr Tomas"],
    ["Sister and the given name", "The ward's head nurse, Sister Ruth Adeyemi, stayed with the patients. Sister Ruth said the generators failed.", "Ruth Adeyemi", "Sister Ruth"],
    ["Bishop and the given name", "The bishop of the diocese, Kwame Boadu, met the strikers. Bishop Kwame said the talks went well.", "Kwame Boadu", "Bishop Kwame"],
    ["Sister and the surname", "Sister Clara Boateng ran the flood shelter. Sister Boateng said the river rose overnight.", "Clara Boateng", "Sister Boateng"]
  ])("%s: the titled word is a surface form of the full name", (_label, text, name, alias) => {
    expect(aliasesOf(text, name)).toContain(alias);
  });

  it("negative: a lowercase kin noun after a possessive gives no titled surface form", () => {
    const aliases = aliasesOf("The striker's family waited. Her sister Ann Okoro spoke to reporters. Ann thanked the fans.", "Ann Okoro");
    expect(aliases.some((a) => /^sister /i.test(a))).toBe(false);
  });

  it("negative: a lone surname after a secular rank is no new surface form", () => {
    const aliases = aliasesOf("Tomas Keane opened the food bank. General Keane said the army would help.", "Tomas Keane");
    expect(aliases).not.toContain("General Keane");
  });

  it("negative: 'Sisters of' opens a congregation, not a person", () => {
    const ms = findMentions(makeArticle("The Sisters of Hope ran the shelter in Tamale."), makeSentences("The Sisters of Hope ran the shelter in Tamale."), empty);
    expect(ms.filter((m) => m.kind === "person").map((m) => m.text)).toEqual([]);
  });
});
