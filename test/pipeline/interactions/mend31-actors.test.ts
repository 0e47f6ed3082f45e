/**
 * Stage 04 for stage 07's endpoints, review 31 mends (actors): invented sentences on which a round-31 actor rule
 * lost or bent a mention.
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

describe("review 31 mends: actors", () => {
  // F3: "akim" and "wali" are given names as well as regional offices; as title heads they were cut from the name.
  it.each<[string, string, string]>([
    ["F3: Akim as a given name", "Akim Boateng, a cocoa trader, was kidnapped near Tamale on Friday.", "Akim Boateng"],
    ["F3: Wali as a given name", "The striker Wali Rahimi scored twice against the league leaders.", "Wali Rahimi"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.kind === "person"), show(ms)).toBe(true);
  });

  // F5: "a <nationality> coastguard" before a verb is one officer, not the state's coastguard (find-mentions.ts oneCoastguard).
  it("F5: 'A Croatian coastguard was hurt' names no body", () => {
    const ms = mentions("A Croatian coastguard was hurt when the trawler rolled over near Split.");
    expect(ms.some((m) => /coastguard/u.test(m.text)), show(ms)).toBe(false);
  });
  it("F5 kept: 'a Croatian coastguard launch' names the service", () => {
    const ms = mentions("A Croatian coastguard launch reached the trawler near Split.");
    expect(ms.some((m) => m.text === "Croatian coastguard" && m.kind === "organization"), show(ms)).toBe(true);
  });
});
