/**
 * Stage 04, round 23: a bare surname shared by a person introduced as someone's relative ("Lucia Ortiz, the
 * striker's sister,", "The pilot's mother, Elena Duarte") and one other person introduced as no one's relative is
 * the other's (the story's subject), once the subject has been named in full before it. Otherwise — the subject not
 * yet named, two candidates, or a sentence speaking only of a woman for a man — the first-introduced rule stands.
 * Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();
function mentions(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), empty);
}
const namesOf = (ms: Mention[], surface: string) => ms.filter((m) => m.text === surface).map((m) => m.name);

describe("the subject, not the relative introduced first, takes the bare surname", () => {
  it("football: 'Lucia Ortiz, the striker's sister,' then 'Ramon Ortiz' → 'Ortiz' is Ramon", () => {
    const ms = mentions("Lucia Ortiz, the striker's sister, watched from the stands. Ramon Ortiz, 24, scored in the 80th minute. Ortiz was substituted soon after.");
    expect(namesOf(ms, "Ortiz")).toEqual(["Ramon Ortiz"]);
  });
  it("rescue: 'The pilot's mother, Elena Duarte' then 'Miguel Duarte' → 'Duarte' is Miguel", () => {
    const ms = mentions("The pilot's mother, Elena Duarte, waited at the gate. Miguel Duarte was winched from the sea on Friday. Duarte thanked the coastguard.");
    expect(namesOf(ms, "Duarte")).toEqual(["Miguel Duarte"]);
  });
});

describe("negatives", () => {
  it("the subject not yet named in full when the surname comes: the relative, as before", () => {
    const ms = mentions("Lucia Ortiz, the striker's sister, watched from the stands. Ortiz said the team had trained hard. Ramon Ortiz scored later.");
    expect(namesOf(ms, "Ortiz")).not.toContain("Ramon Ortiz");
  });
  it("a sentence speaking only of a woman keeps the relative", () => {
    const ms = mentions("Lucia Ortiz, the striker's sister, watched from the stands. Ramon Ortiz scored in the 80th minute. Ortiz said she was proud.");
    expect(namesOf(ms, "Ortiz")).not.toContain("Ramon Ortiz");
  });
  it("two people of the surname besides the relative: neither is taken", () => {
    const ms = mentions("Lucia Ortiz, the striker's sister, watched from the stands. Ramon Ortiz and Pablo Ortiz both scored. Ortiz was substituted soon after.");
    const got = namesOf(ms, "Ortiz");
    expect(got).not.toContain("Ramon Ortiz");
    expect(got).not.toContain("Pablo Ortiz");
  });
});
