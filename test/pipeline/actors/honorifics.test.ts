/**
 * "Sheikh" before a Gulf ruler's full name ("Sheikh Jamil bin Fahad Al Kaabi") belongs to the
 * mention's text, as outlets and references write it; the name goes without it, so stage 09
 * joins the long-i spellings ("Jameel" / "Jamil") to one actor. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction, Context, Mention} from "../../../src/pipeline/types.ts";
import {contextFrom, emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

const empty = emptyContext();
const gaz = contextFrom("name,kind,aliases,affiliation,roles\nJamil bin Fahad Al Kaabi,person,Sheikh Jamil|Jamil bin Fahad|Sheikh Jamil bin Fahad Al Kaabi,Qadira,ruler of Qadira@2015-01-01/\n");

function extraction(id: string, text: string, ctx: Context): ArticleExtraction {
  const article = makeArticle(text, {articleId: id, outlet: id, file: id + ".txt", published: "2024-05-06"});
  const sentences = makeSentences(text);
  const mentions = findMentions(article, sentences, ctx);
  return {article, sentences, dates: [], mentions, figures: [], events: [], interactions: [], labels: [], warnings: []};
}

/** Actor ids of the mentions naming someone "… Al Kaabi". */
function kaabiIds(xs: ArticleExtraction[], mentionActors: string[][]): Set<string> {
  const ids = new Set<string>();
  xs.forEach((x, i) => x.mentions.forEach((m, k) => m.text.endsWith("Kaabi") && ids.add(mentionActors[i][k])));
  return ids;
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}/${m.title ?? ""}`).join("; ");

describe("stage 04: an honorific before a name with bin / bint", () => {
  it.each<[string, string, string, string]>([
    ["Sheikh before a name with bin", "Flood aid was pledged by Sheikh Jameel bin Fahad Al Kaabi on Sunday.", "Sheikh Jameel bin Fahad Al Kaabi", "Jameel bin Fahad Al Kaabi"],
    ["after a longer title, the honorific only", "Flood aid was pledged by Deputy Ruler Sheikh Jameel bin Fahad Al Kaabi.", "Sheikh Jameel bin Fahad Al Kaabi", "Jameel bin Fahad Al Kaabi"],
    ["Sultan before a name with bin", "The envoy thanked Sultan Badr bin Hamoud for the talks.", "Sultan Badr bin Hamoud", "Badr bin Hamoud"],
    ["a title word before bin is the given name, the honorific before it stays", "Talks were hosted by Sheikh Sultan bin Fahad Al Kaabi.", "Sheikh Sultan bin Fahad Al Kaabi", "Sultan bin Fahad Al Kaabi"],
    ["Sheikha before a name with bint", "The relief fund is chaired by Sheikha Noura bint Khalid Al Marri.", "Sheikha Noura bint Khalid Al Marri", "Noura bint Khalid Al Marri"]
  ])("%s: the text keeps it, the name does not", (_label, text, surface, name) => {
    const ms = findMentions(makeArticle(text), makeSentences(text), empty);
    expect(ms.some((m) => m.text === surface && m.name === name && m.kind === "person"), show(ms)).toBe(true);
  });

  it("with the gazetteer: a spelling it lacks keeps the honorific in its text", () => {
    const text = "Flood aid was pledged by Sheikh Jameel bin Fahad Al Kaabi on Sunday.";
    const ms = findMentions(makeArticle(text), makeSentences(text), gaz);
    expect(ms.some((m) => m.text === "Sheikh Jameel bin Fahad Al Kaabi" && m.title === "Sheikh"), show(ms)).toBe(true);
  });

  it("a title word before bin with no title before it is the given name", () => {
    const text = "Sultan bin Fahad Al Kaabi opened the camp.";
    const ms = findMentions(makeArticle(text), makeSentences(text), empty);
    expect(ms.some((m) => m.text === "Sultan bin Fahad Al Kaabi" && m.name === "Sultan bin Fahad Al Kaabi" && m.kind === "person"), show(ms)).toBe(true);
  });

  it.each<[string, string, string]>([
    ["no lineage particle: the honorific is a title only", "Flood aid was pledged by Sheikh Omar Kaabi on Sunday.", "Omar Kaabi"],
    ["an honorific inside a title is a title word", "Flood aid was pledged by Sheikh Minister Omar Kaabi.", "Omar Kaabi"]
  ])("%s", (_label, text, surface) => {
    const ms = findMentions(makeArticle(text), makeSentences(text), empty);
    expect(ms.some((m) => m.text === surface), show(ms)).toBe(true);
  });
});

describe("stage 09: the long-i spelling of a ruler's name joins the gazetteer entry", () => {
  it("Sheikh Jameel … / Sheikh Jamil … → one actor with both surfaces", () => {
    const xs = [extraction("a", "Flood aid was pledged by Sheikh Jameel bin Fahad Al Kaabi on Sunday.", gaz), extraction("b", "Sheikh Jamil bin Fahad Al Kaabi visited the camps.", gaz)];
    const {actors, mentionActors} = mergeActors(xs, gaz);
    const ids = kaabiIds(xs, mentionActors);
    expect(ids.size).toBe(1);
    const actor = actors.find((a) => a.actorId === [...ids][0])!;
    expect(actor.aliases).toEqual(expect.arrayContaining(["Sheikh Jameel bin Fahad Al Kaabi", "Sheikh Jamil bin Fahad Al Kaabi"]));
  });

  it("another vowel (Jamal / Jamil) stays another person", () => {
    const xs = [extraction("a", "Flood aid was pledged by Sheikh Jamal bin Fahad Al Kaabi on Sunday.", gaz), extraction("b", "Sheikh Jamil bin Fahad Al Kaabi visited the camps.", gaz)];
    expect(kaabiIds(xs, mergeActors(xs, gaz).mentionActors).size).toBe(2);
  });
});

describe("stage 09: a name cut after the father's name", () => {
  function ids(names: string[]): string[] {
    const xs = names.map((n, i) => makeExtraction(`a${i}`, `outlet${i}`, [[n]]));
    return mergeActors(xs, empty).mentionActors.flat();
  }

  it("joins the one longer name with the family ('Badr bin Hamoud' / 'Badr bin Hamoud Al Busaidi')", () => {
    expect(new Set(ids(["Badr bin Hamoud Al Busaidi", "Badr bin Hamoud"])).size).toBe(1);
  });

  it("with e / i in the father's name too", () => {
    expect(new Set(ids(["Badr bin Hamed Al Busaidi", "Badr bin Hamid"])).size).toBe(1);
  });

  it.each<[string, string[], number]>([
    ["two families: the short form stays alone", ["Faisal bin Khalid Al Saud", "Faisal bin Khalid Al Thani", "Faisal bin Khalid"], 3],
    ["another father is another person", ["Badr bin Hamoud Al Busaidi", "Badr bin Saeed"], 2]
  ])("%s", (_label, names, actors) => {
    expect(new Set(ids(names)).size).toBe(actors);
  });
});
