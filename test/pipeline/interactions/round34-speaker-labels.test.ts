/**
 * Round 34: in a speaker-labelled transcript ("Tom Ruiz: Ana Vik called the ministry on Wednesday. She thanked …"),
 * the label is no antecedent of the next sentence's he/she: the speaker says "I", so "she" is the woman the speaker
 * names (interactions/pronoun-speakers.ts speakerLabel, read by stage 07). Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {emptyContext, mentionRows} from "../../fixtures/actors/make-article.ts";
import {speakerLabel} from "../../../src/pipeline/interactions/pronoun-speakers.ts";
import type {Mention} from "../../../src/pipeline/types.ts";

const ctx = emptyContext();
const at = (text: string, name: string) => ({start: text.indexOf(name), end: text.indexOf(name) + name.length}) as Mention;

describe("speakerLabel", () => {
  it("a name and a colon opening the sentence is a label", () => {
    const text = "Tom Ruiz: Ana Vik called.";
    expect(speakerLabel(text, 0, at(text, "Tom Ruiz"))).toBe(true);
  });
  it("a name and a colon inside the sentence is none", () => {
    const text = "The coach named one player: Ana Vik.";
    expect(speakerLabel(text, 0, at(text, "Ana Vik"))).toBe(false);
  });
});

describe("round 34: a speaker label is no antecedent", () => {
  it.each<[string, string, string[]]>([
    ["she after a named woman", "Tom Ruiz: Ana Vik called the ministry on Wednesday. She thanked President Tom Berg.", ["Ana Vik -thanked-> Tom Berg"]],
    ["he after a named man", "Ana Vik: Karl Moe wrote to the club on Monday. He criticized Lena Dahl for the delay.", ["Karl Moe -criticized-> Lena Dahl"]],
    ["two verbs", "Tom Ruiz: Ana Vik called the ministry on Wednesday. She thanked President Tom Berg and asked him to help.", ["Ana Vik -asked-> Tom Berg", "Ana Vik -thanked-> Tom Berg"]]
  ])("%s", (_label, text, rows) => {
    expect(mentionRows(text, ctx)).toEqual(rows);
  });

  it("negative: without a label the first person is still the antecedent", () => {
    expect(mentionRows("Tom Ruiz met Ana Vik on Wednesday. He thanked President Tom Berg.", ctx)).toEqual(["Tom Ruiz -met-> Ana Vik", "Tom Ruiz -thanked-> Tom Berg"]);
  });

  it("negative: a speaker's own 'I' sentence gives no row to another person", () => {
    expect(mentionRows("Tom Ruiz: I called the ministry on Wednesday. She thanked President Tom Berg.", ctx)).toEqual([]);
  });
});

describe("mend 34 F6: a name and a colon before a quotation is no transcript label", () => {
  it("'she' after a quoted line is the quoted woman", () => {
    expect(mentionRows("Lina Moss: \"The bridge will reopen in May.\" She criticized Governor Pavel Ruud on Friday.", ctx)).toEqual(["Lina Moss -criticized-> Pavel Ruud"]);
  });
  it("speakerLabel is false before a quotation", () => {
    const text = "Lina Moss: \u201cThe bridge will reopen.\u201d";
    expect(speakerLabel(text, 0, at(text, "Lina Moss"))).toBe(false);
  });
});
