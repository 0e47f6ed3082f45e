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
    ["Central government", "Flood relief was released by the Central government on Monday.", "Central government"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.kind === "organization"), show(ms)).toBe(true);
  });

  it.each<[string, string, string]>([
    ["-led before a noun that names an act", "A Tuareg-led attack cut the road north of the town.", "Tuareg-led attack"],
    ["a union's leaders are no government", "Union leaders said the strike would go on.", "Union leaders"],
    ["the states are many: no State government", "The State government paid the compensation.", "State government"],
    ["a capitalised word after -led is a name of its own", "The Nigerian-led Joint Task Force said the road was open.", "Nigerian-led Joint"]
  ])("%s → no such group", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text.startsWith(surface)), show(ms)).toBe(false);
  });
});
