/**
 * Stage 04 for stage 07's endpoints, round 31 (actors): a nationality adjective (or a state's name) right before a
 * lowercase "coastguard" / "coast guard" names the state's coastguard, a body of its own as the annotators keep it
 * ("the Greek coastguard", "an Italian coast guard cutter") (find-mentions.ts coastguardEnd). Before, the words
 * made no mention at all and a relation with the coastguard had no endpoint.
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

describe("round 31: '<nationality> coastguard' is a body of its own", () => {
  it.each<[string, string, string]>([
    ["the Greek coastguard", "The Greek coastguard pulled 40 people from the sea off Crete on Monday.", "Greek coastguard"],
    ["an Italian coast guard cutter", "An Italian coast guard cutter towed the fishing boat to port.", "Italian coast guard"],
    ["after 'by'", "The dinghy was towed back to port by the Tunisian coastguard before dawn.", "Tunisian coastguard"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.kind === "organization"), show(ms)).toBe(true);
  });

  it.each<[string, string]>([
    ["negative: a coast road is no body", "The Greek coast road was closed after the storm."],
    ["negative: the nationality of a person (a Greek coastguard's captain is 'Greek' before a possessive noun)", "The coastguard's Greek captain, Nikos Pappas, spoke to reporters."],
    ["negative: a hyphened nationality ('Greek-Italian') names no one state's coastguard", "A joint Greek-Italian coastguard patrol found the boat."]
  ])("%s", (_label, text) => {
    const ms = mentions(text);
    expect(ms.some((m) => /coast ?guard/u.test(m.text)), show(ms)).toBe(false);
  });
});
