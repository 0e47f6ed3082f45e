/**
 * Round 33: "the Polish embassy" is written as the state's surface form, as "the Kenyan government" is: the mention's
 * text keeps the noun ("Polish embassy"), its name is the state. Invented sentences.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

function shown(text: string): string[] {
  return findMentions(makeArticle(text), makeSentences(text), emptyContext()).map((m) => `${m.text}=${m.name}/${m.kind}`);
}

describe("round 33: a nationality and 'embassy'", () => {
  it.each<[string, string, string]>([
    ["a subject", "The Polish embassy issued visas to the chess team on Friday.", "Polish embassy=Poland/country"],
    ["an object", "The club thanked the Kenyan embassy for the visas.", "Kenyan embassy=Kenya/country"],
    ["after a verb of criticism", "Fans criticized the Peruvian embassy over the delay.", "Peruvian embassy=Peru/country"]
  ])("%s: the text keeps the noun", (_label, text, mention) => {
    expect(shown(text)).toContain(mention);
  });

  it("negative: a nationality before another noun stays the adjective alone", () => {
    expect(shown("Polish mediators met the club on Monday.")).toContain("Polish=Poland/country");
  });

  it("negative: a possessive country before 'embassy' keeps its own mention", () => {
    expect(shown("Poland's embassy asked the club to wait.").some((m) => m.startsWith("Poland's embassy"))).toBe(false);
  });

  it("negative: a level of government before 'embassy' makes no state's body", () => {
    expect(shown("The federal embassy staff left.").some((m) => m.includes("embassy"))).toBe(false);
  });
});
