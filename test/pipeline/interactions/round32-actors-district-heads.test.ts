/**
 * Stage 04 for stage 07's endpoints, round 32 (actors): "Collector" and "Magistrate", the heads of a district in
 * South Asia, are title heads (model/titles.ts TITLE_HEADS): "District Collector N. Ramaswamy told …" names the
 * person N. Ramaswamy (an initial after a title opens the name), "District Magistrate Farah Haq ordered …" the
 * person Farah Haq. Before, the title and the initial were read as a place ("District Collector N") and the
 * surname as a body, or the whole run as a place.
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

describe("round 32: District Collector / District Magistrate are titles", () => {
  it.each<[string, string, string]>([
    ["an initial after 'District Collector'", "Two schools stay shut after the floods, District Collector N. Ramaswamy told reporters.", "N. Ramaswamy"],
    ["a full name after 'District Magistrate'", "District Magistrate Farah Haq ordered the evacuation of the riverside camps.", "Farah Haq"],
    ["an initial after 'District Magistrate' opening the sentence", "District Magistrate K. Rahman ordered the evacuation of the riverside camps.", "K. Rahman"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.kind === "person"), show(ms)).toBe(true);
  });

  it.each<[string, string, string, string]>([
    ["negative: 'Magistrates Court' stays a court", "The Magistrates Court in Kisumu heard the case on Monday.", "Magistrates Court", "organization"],
    ["negative: a lowercase trade keeps the name after it as it was", "A tax collector, Ravi Menon, was abducted near the toll gate.", "Ravi Menon", "person"]
  ])("%s", (_label, text, surface, kind) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.kind === kind), show(ms)).toBe(true);
  });
});
