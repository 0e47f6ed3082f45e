/**
 * Stage 04 for stage 07's endpoints, round 31 (actors): a short capitalised word hyphened to a number is a model's
 * designation ("Mi-17", "Su-25", "C-130"): a body's name before it ends there ("Three Nordic Air Force Ka-32
 * helicopters" → Nordic Air Force), and it opens no mention of its own (actors/chunker.ts chunkEnd, designationAt;
 * find-mentions.ts). Before, "Nordic Air Force Ka" was one organisation and matched no gold actor.
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

describe("round 31: a model's designation after a body's name ('Nordic Air Force Ka-32 helicopters')", () => {
  it.each<[string, string, string]>([
    ["Ka-32 after an air force", "Three Nordic Air Force Ka-32 helicopters circled the flooded valley from first light.", "Nordic Air Force"],
    ["C-130 after a navy's name", "A Royal Tana Navy C-130 plane dropped food to the stranded villages.", "Royal Tana Navy"],
    ["Su-25 after a group's name", "A Delta Front Su-25 jet was shot down near the dam on Monday.", "Delta Front"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface), show(ms)).toBe(true);
    expect(ms.some((m) => /^(Ka|C|Su)\b/u.test(m.text) || / (Ka|C|Su)$/u.test(m.text)), show(ms)).toBe(false);
  });

  it.each<[string, string, string]>([
    ["negative: a hyphened place name with no number stays whole", "Aid reached Stoke-on-Trent on Monday.", "Stoke-on-Trent"],
    ["negative: a person whose surname is hyphened stays whole", "The mayor, Ana Ruiz-Vega, thanked the volunteers.", "Ana Ruiz-Vega"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface), show(ms)).toBe(true);
  });
});
