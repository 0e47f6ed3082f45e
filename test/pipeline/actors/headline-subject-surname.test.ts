/**
 * Stage 04 (session 30): a bare surname shared by several men is the one the headline names (the story's subject),
 * even when the body names a relative of that surname first ("father Karl Vilk still held" in a standfirst).
 * actors/resolve.ts firstSuffix, headlinedSuffix. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function mentions(headline: string, body: string): Mention[] {
  const text = headline + "\n" + body;
  return findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text, [0]), empty);
}
const namesOf = (ms: Mention[], surface: string) => ms.filter((m) => m.text === surface).map((m) => m.name);

describe("the headline's man keeps the bare surname", () => {
  it("a father named first in a standfirst", () => {
    const ms = mentions(
      "Tomas Vilk home after 90 days in captivity",
      "Mother meets son at the airport; father Karl Vilk still held by the rebels. Tomas Vilk landed in Riga on Monday. Vilk, 29, thanked the mediators."
    );
    expect(namesOf(ms, "Vilk")).toEqual(["Tomas Vilk"]);
  });
});

describe("negatives", () => {
  it("no headline name: the first named keeps it, as before", () => {
    const ms = mentions(
      "Two men freed after 90 days in captivity",
      "Karl Vilk was freed first. Tomas Vilk landed in Riga on Monday. Vilk, 61, thanked the mediators."
    );
    expect(namesOf(ms, "Vilk")).toEqual(["Karl Vilk"]);
  });
  it("the headline names both: the first named keeps it, as before", () => {
    const ms = mentions(
      "Karl and Tomas Vilk home after 90 days",
      "Karl Vilk was freed first. Tomas Vilk landed in Riga on Monday. Vilk, 61, thanked the mediators."
    );
    expect(namesOf(ms, "Vilk")).toEqual(["Karl Vilk"]);
  });
});
