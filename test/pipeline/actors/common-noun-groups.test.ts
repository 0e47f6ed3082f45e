/**
 * Groups named with a lowercase common noun: "<leader>-led coalition / forces / mission" and the
 * national level of government in Indian and federal usage ("the Union government"). Each row:
 * sentence → the organisation mention, or none. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function mentions(text: string): Mention[] {
  return findMentions(makeArticle(text), makeSentences(text), empty);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}/${m.kind}`).join("; ");

describe("stage 04: a group named with a common noun", () => {
  it.each<[string, string, string]>([
    ["leader-led coalition", "Two fishermen were freed by the Nigerian-led coalition on Friday.", "Nigerian-led coalition"],
    ["an adjective between (-led naval coalition)", "The tanker was escorted by the French-led naval coalition.", "French-led naval coalition"],
    ["a known country before -led", "Kenya-led forces reopened the road to the flooded district.", "Kenya-led forces"],
    ["-led mission", "Aid workers said the Ghanaian-led mission had evacuated 40 families.", "Ghanaian-led mission"],
    ["Union government", "The weavers urged the Union government to waive the loans.", "Union government"],
    ["a nationality adjective ties Federal to its country", "The Nigerian Federal government sent boats to the flooded towns.", "Nigerian Federal government"],
    ["a country's possessive ties Central to it", "Brazil's Central government sent tents after the landslide.", "Brazil's Central government"],
    ["'of' and the country after it", "The Federal government of Malaysia said 12 people had drowned.", "Federal government of Malaysia"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.kind === "organization"), show(ms)).toBe(true);
  });

  it.each<[string, string, string]>([
    ["-led before a noun that names an act", "A Tuareg-led attack cut the road north of the town.", "Tuareg-led attack"],
    ["a union's leaders are no government", "Union leaders said the strike would go on.", "Union leaders"],
    ["the states are many: no State government", "The State government paid the compensation.", "State government"],
    ["Federal names no one country alone", "The Federal government in Canberra said the roads were closed.", "Federal government"],
    ["nor does Central", "Flood relief was released by the Central government on Monday.", "Central government"],
    ["a country after 'in' is where it sits, not whose it is", "The Central government in Lima sent doctors.", "Central government"],
    ["a capitalised word after -led is a name of its own", "The Nigerian-led Joint Task Force said the road was open.", "Nigerian-led Joint"]
  ])("%s → no such group", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text.startsWith(surface)), show(ms)).toBe(false);
  });
});

describe("stage 04: Federal/Central governments of two countries are two names", () => {
  it("the same words in two countries' stories name two governments, or none", () => {
    const names = ["The Nigerian Federal government said 40 people had died.", "The Austrian Federal government said 12 people had died.", "The Federal government in Abuja said on Monday that the army was helping.", "The Federal government in Vienna said on Tuesday that the army was helping."]
      .flatMap((text) => mentions(text).filter((m) => /government/i.test(m.text)).map((m) => m.name));
    expect(names).toEqual(["Nigerian Federal government", "Austrian Federal government"]);
  });
});
