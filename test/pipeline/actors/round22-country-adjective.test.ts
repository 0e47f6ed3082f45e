/**
 * Stage 04, round 22: a nationality word that is its country's own name ("Myanmar") standing as a
 * noun is the country; before a noun it modifies it stays a nationality. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";

const show = (text: string) =>
  findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), emptyContext()).map((m) => `${m.text}=${m.kind}`);

describe("the country's own name standing as a noun", () => {
  it.each<[string, string]>([
    ["after a preposition, before another", "Flood aid was flown to Myanmar on Tuesday by two cargo planes."],
    ["at the end of an apposition", "The Red Cross delegate for Myanmar, a Swiss nurse, inspected the camps."]
  ])("%s", (_label, text) => {
    expect(show(text)).toContain("Myanmar=country");
  });
});

describe("negatives: the word modifying a noun stays a nationality", () => {
  it.each<[string, string]>([
    ["'Myanmar rice'", "Prices of Myanmar rice rose after the floods."],
    ["'a Myanmar engineer'", "A Myanmar engineer repaired the pumps on Tuesday."]
  ])("%s", (_label, text) => {
    expect(show(text).some((m) => m.startsWith("Myanmar="))).toBe(false);
  });
});
