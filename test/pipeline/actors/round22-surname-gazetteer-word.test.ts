/**
 * Stage 04, round 22: a one-word organisation name of the gazetteer that ends a person's name
 * opening with a listed given name, set off by punctuation after it, is that person's surname
 * ("the mediator, Elena Solberg Wagner, said" beside the entry "Wagner Group" / "Wagner").
 * Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {contextFrom, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";

const ctx = contextFrom("name,kind,aliases,affiliation,roles,not_same\nWagner Group,organization,Wagner,Russia,,\nPolisario Front,organization,Polisario,,,\n");
function mentions(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), ctx);
}
const show = (text: string) => mentions(text).map((m) => `${m.text}=${m.kind}`);

describe("a one-word organisation name ending a person's name is the surname", () => {
  it("ferry talks: ', Elena Solberg Wagner,' is one person", () => {
    expect(show("The ferry strike ended after talks with the mediator, Elena Solberg Wagner, on Friday.")).toContain("Elena Solberg Wagner=person");
  });
  it("at the end of the sentence: 'met Maria Lopez Polisario.'", () => {
    expect(show("The delegation met Maria Lopez Polisario.")).toContain("Maria Lopez Polisario=person");
  });
});

describe("negatives", () => {
  it("words going on after it keep the organisation apart ('Elena Solberg Wagner fighters')", () => {
    const out = show("Villagers told Elena Solberg Wagner fighters had left.");
    expect(out).toContain("Wagner=organization");
  });
  it("a chunk that does not open with a listed given name keeps the organisation ('Commander Ruiz Wagner,')", () => {
    expect(show("Fighters loyal to the Commander Ruiz Wagner, a Russian group, left.")).toContain("Wagner=organization");
  });
});
