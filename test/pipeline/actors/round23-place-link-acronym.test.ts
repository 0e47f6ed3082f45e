/**
 * Stage 04, round 23: an organisation's name goes on over the English links "in (the)", "on", "against" up to an
 * acronym in parentheses its capitalised words spell ("the Movement for Renewal in the Highlands (MRH)"): the
 * acronym proves the words are one name, as it does over "des"/"du" (ORG_NAME_PARTICLES). Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const empty = emptyContext();
function mentions(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), empty);
}
const texts = (text: string) => mentions(text).map((m) => m.text);

describe("a name goes on over 'in the' / 'on' / 'against' to the acronym it spells", () => {
  it("'the Movement for Renewal in the Highlands (MRH)' is one name, one actor with its acronym", () => {
    const text = "Fighters of the Movement for Renewal in the Highlands (MRH) burned a depot on Friday. The MRH denied it.";
    expect(texts(text)).toContain("Movement for Renewal in the Highlands");
    const actor = mergeActors([foundMentions(text, "a1")], empty).actors.find((a) => a.aliases.includes("MRH"));
    expect(actor?.aliases).toContain("Movement for Renewal in the Highlands");
  });
  it("'the Coalition against Forced Labour (CFL)' is one name", () => {
    expect(texts("Volunteers of the Coalition against Forced Labour (CFL) visited the brick kilns on Monday.")).toContain("Coalition against Forced Labour");
  });
});

describe("negatives", () => {
  it("a verb between two names is no link, even when the acronym spells all their words", () => {
    const t = texts("The Movement for Renewal thanked the Highlands Association (MRHA) on Friday.");
    expect(t.some((x) => x.startsWith("Movement for Renewal thanked"))).toBe(false);
  });
  it("no acronym: 'the Movement for Renewal in the Highlands said' keeps the place apart", () => {
    const t = texts("Fighters of the Movement for Renewal in the Highlands burned a depot on Friday.");
    expect(t).not.toContain("Movement for Renewal in the Highlands");
  });
  it("an acronym of the first words only: 'the Movement for Renewal in the Highlands (MR)' ends at Renewal", () => {
    const t = texts("Fighters of the Movement for Renewal in the Highlands (MR) burned a depot on Friday.");
    expect(t).not.toContain("Movement for Renewal in the Highlands");
  });
});
