/**
 * Stage 04, round 23: an English rendering of a body's name followed by its acronym in its own language, where an
 * adjective and its noun trade places ("the National Commissioner for Water Safety (CONASW)": co|na|s|w of Commissioner,
 * National, Safety, Water): the acronym spells the words' first letters once neighbouring pairs
 * are swapped, and an English "for"/"of" links the words, so the run is one organisation's name and stage 09 joins
 * the acronym to it. Letters in any other order still spell nothing (round 22's "Cooperative … Kasai (CKRA)").
 * Invented sentences only.
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

describe("a reordered acronym in another language defines the English name before it", () => {
  // Review 23 (F11): the test's own invented body, not a held-out article's.
  it("water safety body: 'the National Commissioner for Water Safety (CONASW)' is one name, one actor with its acronym", () => {
    const text = "A fishing boat sank off the cape, the National Commissioner for Water Safety (CONASW) said on Friday. CONASW sent two launches.";
    expect(texts(text)).toContain("National Commissioner for Water Safety");
    const actor = mergeActors([foundMentions(text, "a1")], empty).actors.find((a) => a.aliases.includes("CONASW"));
    expect(actor?.aliases).toContain("National Commissioner for Water Safety");
  });
});

describe("negatives", () => {
  it("a word whose initial the acronym lacks: 'the National Commissioner for Water Safety (CONAXW)'", () => {
    expect(texts("A fishing boat sank off the cape, the National Commissioner for Water Safety (CONAXW) said on Friday.")).not.toContain("National Commissioner for Water Safety");
  });
  it("no English link: a place's words before a code of swapped neighbours are no organisation ('Blue Coral Bay Lagoon (CBBL)')", () => {
    const ms = mentions("Divers searched the Blue Coral Bay Lagoon (CBBL) on Friday.");
    expect(ms.filter((m) => m.text === "Blue Coral Bay Lagoon" && m.kind === "organization")).toEqual([]);
  });
});
