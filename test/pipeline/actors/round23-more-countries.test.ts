/**
 * Stage 04, round 23: the nationality list names every state it lacked (model/nationalities.ts), so a country
 * standing alone, even opening a sentence, is a country without the gazetteer, and its adjective alone is no actor.
 * Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";

const names = (text: string) =>
  findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), emptyContext()).map((m) => m.name);
const show = (text: string) =>
  findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), emptyContext()).map((m) => `${m.text}=${m.kind}`);

describe("a country opening a sentence", () => {
  it.each<[string, string, string]>([
    // Review 23 (F11): the test's own sentence, not a held-out article's.
    ["Zambia closes a border", "Zambia closed two border posts with its neighbours on Monday.", "Zambia=country"],
    ["Turkmenistan sends aid", "Turkmenistan sent 40 tonnes of flour to the flooded valley.", "Turkmenistan=country"],
    ["Honduras extradites", "Honduras extradited two suspects on Friday.", "Honduras=country"]
  ])("%s", (_label, text, row) => {
    expect(show(text)).toContain(row);
  });
});

describe("negatives: the adjective before a private person's noun is no actor", () => {
  it.each<[string, string]>([
    ["'a Malawian nurse'", "A Malawian nurse treated the wounded on Monday."],
    ["'two Tajik shepherds'", "Two Tajik shepherds were stopped at the border."]
  ])("%s", (_label, text) => {
    expect(show(text)).toEqual([]);
  });
});

describe("review 23 F5: an ethnic group's armed men are no state", () => {
  it.each<[string, string, string]>([
    ["'Tajik forces of the Northern Alliance'", "In 2001 Tajik forces of the Northern Alliance entered Kabul.", "Tajikistan"],
    ["'Mongolian police in Inner Mongolia'", "Ethnic Mongolian herders protested in Hohhot on Monday. Mongolian police in Inner Mongolia detained 20 of them.", "Mongolia"],
    ["'Turkmen troops' of an Iraqi town", "Turkmen troops guarded the citadel of Tal Afar on Monday, Iraqi officials said.", "Turkmenistan"]
  ])("%s", (_label, text, state) => {
    expect(names(text)).not.toContain(state);
  });
  it.each<[string, string, string]>([
    ["'the Kyrgyz foreign ministry' is still the state", "The Kyrgyz foreign ministry protested on Monday.", "Kyrgyzstan"],
    ["'the Mongolian government' is still the state", "The Mongolian government declared a state of emergency on Friday.", "Mongolia"]
  ])("%s", (_label, text, state) => {
    expect(names(text)).toContain(state);
  });
});

describe("review 23 F6: demonyms and country names that are common surnames stay names", () => {
  it("'Coach Frank Maltese … Maltese added' — the bare name is the coach", () => {
    const text = "Coach Frank Maltese said on Monday the team was ready. Maltese added that two players were injured.";
    expect(show(text)).toContain("Maltese=person");
  });
  it("'Montenegro will miss the next two games' — no country", () => {
    expect(show("Montenegro will miss the next two games, the club said on Sunday.")).not.toContain("Montenegro=country");
  });
});
