/**
 * Stage 04 for stage 07's endpoints, round 32 (actors): a body's name of two capitalised halves joined by "and" and
 * followed by its own noun in lowercase is one organisation: "joined the Road Safety and Flood Protection service"
 * → the organisation "Road Safety and Flood Protection" (actors/chunker.ts andInsideOrgName, classify →
 * bodyNounAfterAndName; the noun is singular). Before, the run split at "and" into two "persons", and an assist row
 * went to each half.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function mentions(text: string): Mention[] {
  const article = makeArticle(text);
  return findMentions(article, splitSentences(article), empty);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}/${m.kind}`).join("; ");

describe("round 32: 'the X and Y service' is one body", () => {
  it.each<[string, string, string]>([
    ["a service after two halves", "Medics from the Red Crescent joined the Road Safety and Flood Protection service, which had lost two boats.", "Road Safety and Flood Protection"],
    ["a one-word half each side", "Divers helped the Search and Rescue service in the flooded valley.", "Search and Rescue"],
    ["an agency", "The Mine Safety and Health agency closed the pit on Monday.", "Mine Safety and Health"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.kind === "organization"), show(ms)).toBe(true);
  });

  it.each<[string, string, string]>([
    ["negative: a plural noun after two halves names two bodies", "The Health and Education ministries issued a joint statement.", "Health and Education"],
    ["negative: no 'the' before the first half (a surname is far likelier)", "Talks between Okafor and Flood Protection service staff went on.", "Okafor and Flood Protection"],
    // Mend 32 F1: the singular body noun only modifies a plural head after it: two parties' leaders, two clubs' presidents.
    ["negative (mend 32 F1): a plural head after the body noun ('party leaders')", "The Labour and Conservative party leaders criticised the budget on Tuesday.", "Labour and Conservative"],
    ["negative (mend 32 F1): two clubs' presidents", "The Porto and Benfica club presidents met the league's chairman.", "Porto and Benfica"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface), show(ms)).toBe(false);
  });
});
