/**
 * Stage 04/09, round 23: a nationality adjective before a lowercase "[foreign|interior|defence] ministry" names the
 * state's ministry, so the state's mention reads up to "ministry" and "Thai defence ministry" is one of the state's
 * surface forms, as "Kenyan government" is. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const empty = emptyContext();
const show = (text: string) =>
  findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), empty).map((m) => `${m.text}=${m.kind}`);

describe("'<Nationality> [portfolio] ministry' is the state's ministry", () => {
  it("'The Thai defence ministry denied …' → one mention 'Thai defence ministry', the country", () => {
    expect(show("The Thai defence ministry denied that soldiers had crossed the river.")).toContain("Thai defence ministry=country");
  });
  it("'the Chilean ministry' alone too, and the state's actor carries it", () => {
    const text = "Chile closed the pass on Monday. The Chilean foreign ministry summoned the ambassador.";
    expect(show(text)).toContain("Chilean foreign ministry=country");
    const actor = mergeActors([foundMentions(text, "a1")], empty).actors.find((a) => a.aliases.includes("Chile"));
    expect(actor?.aliases).toContain("Chilean foreign ministry");
  });
});

describe("negatives", () => {
  it("another state noun keeps the adjective alone: 'Thai mediators'", () => {
    expect(show("Thai mediators met the rebels on Monday.")).toContain("Thai=country");
  });
  it("a ministry's spokesman is no ministry: 'a Thai ministry spokesman'", () => {
    expect(show("A Thai ministry spokesman denied it.").some((m) => m.startsWith("Thai ministry"))).toBe(false);
  });
});
