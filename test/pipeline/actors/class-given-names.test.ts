/**
 * Session 33: every member of a first-name class (model/name-classes.ts) is a given name, so a full name that
 * opens with one is one person even when the reference knows its surname as another person's alias: "Vadim
 * Orlik" is not "Vadim" and the reference's "Orlik" (Pavel Orlik). Members that are also words or places
 * (CLASS_NAMES_NOT_GIVEN_ALONE: "Will", "Solomon") are not read as given names alone. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {contextFrom, emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const gaz = contextFrom("name,kind,aliases,affiliation,roles\nPavel Orlik,person,Orlik,Velmar,defence minister of Velmar@2020-01-01/\n");
const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}`).join("; ");

describe("stage 04: given names from the first-name classes", () => {
  it.each<[string, string, string]>([
    ["a class-only given name before a reference surname", "Her father, Vadim Orlik, thanked the minister on Friday.", "Vadim Orlik"],
    ["a diminutive listed in a class", "His brother Vadik Orlik was waiting at the airport.", "Vadik Orlik"],
    ["a Russian given name listed in a class only", "The prisoner Semyon Orlik was freed on Monday.", "Semyon Orlik"]
  ])("%s: one person", (_label, text, name) => {
    const ms = findMentions(makeArticle(text), makeSentences(text), gaz);
    expect(ms.some((m) => m.text === name && m.kind === "person"), show(ms)).toBe(true);
    expect(ms.some((m) => m.name === "Pavel Orlik"), show(ms)).toBe(false);
  });

  it("the reference's lone surname still names its person", () => {
    const text = "Orlik told reporters the talks would go on.";
    const ms = findMentions(makeArticle(text), makeSentences(text), gaz);
    expect(ms.some((m) => m.name === "Pavel Orlik"), show(ms)).toBe(true);
  });

  it("negative: a class member that is also a word opens no name ('Will Orlik …?')", () => {
    const text = "Will Orlik resign before the vote?";
    const ms = findMentions(makeArticle(text), makeSentences(text), gaz);
    expect(ms.some((m) => m.text === "Will Orlik"), show(ms)).toBe(false);
  });

  it("without a reference, the class-only given name still opens a person's name", () => {
    const text = "Vadim Sorokin said the talks had stalled.";
    const ms = findMentions(makeArticle(text), makeSentences(text), emptyContext());
    expect(ms.some((m) => m.text === "Vadim Sorokin" && m.kind === "person"), show(ms)).toBe(true);
  });
});
