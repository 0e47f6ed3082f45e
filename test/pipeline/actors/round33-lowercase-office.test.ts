/**
 * Round 33: an office written in lower case right before a full name ("Kisumu's governor, Paul Otieno") is the title
 * the article gives that person, so a later "Governor Otieno" is one of the person's surface forms. Invented names.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function extraction(text: string): ArticleExtraction {
  const article = makeArticle(text, {articleId: "a", outlet: "a", file: "a.txt", published: "2024-05-06"});
  const sentences = makeSentences(text);
  return {article, sentences, dates: [], mentions: findMentions(article, sentences, empty), figures: [], events: [], interactions: [], labels: [], warnings: []};
}

function aliasesOf(text: string, name: string): string[] {
  return mergeActors([extraction(text)], empty).actors.find((a) => a.name === name)?.aliases ?? [];
}

describe("round 33: a lower-case office before a full name titles the surname alone", () => {
  it.each<[string, string, string, string]>([
    ["an apposition after a possessive place", "The minister met the county's governor, Paul Otieno, at the dam. Governor Otieno thanked the rescuers.", "Paul Otieno", "Governor Otieno"],
    ["an office right before the name", "Flood crews were sent by police commissioner Ana Obiora on Monday. Commissioner Obiora said the river had crested.", "Ana Obiora", "Commissioner Obiora"],
    ["a club's chairman", "Fans booed the club's chairman, Ken Iwuchukwu, after the match. Chairman Iwuchukwu apologised.", "Ken Iwuchukwu", "Chairman Iwuchukwu"]
  ])("%s", (_label, text, name, alias) => {
    expect(aliasesOf(text, name)).toContain(alias);
  });

  it("negative: a title the full name never had gives nothing", () => {
    expect(aliasesOf("Ada Okafor, a teacher, led the march. General Okafor ordered the road cleared.", "Ada Okafor")).not.toContain("General Okafor");
  });

  it("negative: an office joined to another person by 'and' is not the name's", () => {
    expect(aliasesOf("The governor and Ada Okafor toured the camp. Governor Okafor spoke later.", "Ada Okafor")).not.toContain("Governor Okafor");
  });

  it.each<[string, string]>([
    ["deputy", "The county's deputy governor, James Otieno, attacked the governor. Governor Otieno later resigned."],
    ["vice- with a hyphen", "Crews were sent by the vice-governor, James Otieno, on Monday. Governor Otieno stayed in the capital."]
  ])("mend 33 F5 negative: a %s office under the titled one gives no surface form", (_label, text) => {
    expect(aliasesOf(text, "James Otieno")).not.toContain("Governor Otieno");
  });
});
