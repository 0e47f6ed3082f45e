/**
 * Round 33: names of bodies that run over "of" and a known country ("the Rowing Club of Ghana", "the Dockers' Union of
 * Kenya" are one organisation each, not a club and a state), and a plural possessive inside a name followed by one
 * capitalised word before the organisation word ("the Cocoa Farmers' Trade Union"). Invented names only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {contextFrom, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const gaz = contextFrom("name,kind,aliases,affiliation,roles\nGhana,country,,,\nKenya,country,,,\nPeru,country,,,\n");

function mentions(text: string): string[] {
  return findMentions(makeArticle(text), makeSentences(text), gaz).map((m) => `${m.text}/${m.kind}`);
}

function rows(text: string): string[] {
  const article = makeArticle(text);
  const sentences = makeSentences(text);
  const ms = findMentions(article, sentences, gaz);
  return findInteractions(article, sentences, [], ms, gaz).map((r) => `${ms[r.sourceMention].text} -${r.type}-> ${ms[r.targetMention].text}`).sort();
}

describe("round 33: bodies named for a country, and plural possessives inside names", () => {
  it.each<[string, string, string]>([
    ["a club of a country", "Ana Obi criticized the Rowing Club of Ghana for the late warning.", "Rowing Club of Ghana/organization"],
    ["a union of a country", "The Dockers' Union of Kenya thanked the port authority.", "Dockers' Union of Kenya/organization"],
    ["a plural possessive before two words", "The Cocoa Farmers' Trade Union backed the strike.", "Cocoa Farmers' Trade Union/organization"],
    ["both together", "Ana Obi met the Harbour Pilots' Trade Union of Peru on Monday.", "Harbour Pilots' Trade Union of Peru/organization"]
  ])("%s: one organisation", (_label, text, body) => {
    expect(mentions(text)).toContain(body);
  });

  it("the club, not the country, is criticised", () => {
    expect(rows("Ana Obi criticized the Rowing Club of Ghana for the late warning.")).toEqual(["Ana Obi -criticized-> Rowing Club of Ghana"]);
  });

  it("negative: a council of a country leaves the state its own actor", () => {
    expect(mentions("The Security Council of Kenya met on Monday.")).toContain("Kenya/country");
  });

  it("negative: another word after a plural possessive leaves the owner apart", () => {
    expect(mentions("The Ferry Crews' Strike Committee met on Monday.").some((m) => m.startsWith("Ferry Crews' Strike"))).toBe(false);
  });

  it("negative: a plural possessive before a person's name opens no body", () => {
    expect(mentions("The Farmers' Tom Obi went home.").some((m) => m.startsWith("Farmers' Tom"))).toBe(false);
  });

  it("negative: a title of a country stays a title and a state", () => {
    expect(mentions("The President of Ghana thanked Ana Obi.")).toContain("Ghana/country");
  });
});
