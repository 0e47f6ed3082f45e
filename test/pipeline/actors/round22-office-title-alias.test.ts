/**
 * Stage 09, round 22: the office title the article introduced a person with ("the Anglican
 * Archbishop of Kampala, Samuel Okello"), written before the surname alone ("Archbishop Okello"),
 * is one of the person's surface forms. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const aliasesOf = (text: string, name: string): string[] =>
  mergeActors([foundMentions(text, "a1")], emptyContext()).actors.find((a) => a.name === name)?.aliases ?? [];

describe("title + surname is a surface form of the person introduced with that title", () => {
  it("church mediation: 'Archbishop Okello' for 'the Anglican Archbishop of Kampala, Samuel Okello'", () => {
    const text = "The strike ended after talks led by the Anglican Archbishop of Kampala, Samuel Okello, on Friday. \"Both sides gave ground,\" Archbishop Okello said.";
    expect(aliasesOf(text, "Samuel Okello")).toContain("Archbishop Okello");
  });
  it("a governor introduced as 'Governor Ama Mensah' and later 'Governor Mensah'", () => {
    const text = "Governor Ama Mensah visited the flooded district on Monday. Residents cheered when Governor Mensah promised new dykes.";
    expect(aliasesOf(text, "Ama Mensah")).toContain("Governor Mensah");
  });
});

describe("negatives", () => {
  it("a title the full name was never given ('General Okafor' beside the teacher Ada Okafor) adds nothing to her", () => {
    const text = "The teacher Ada Okafor was freed by the kidnappers on Monday. General Okafor said the army had surrounded the camp.";
    expect(aliasesOf(text, "Ada Okafor")).not.toContain("General Okafor");
  });
  it("a lowercase office word before the surname is no title ('the governor Mensah')", () => {
    const text = "The regional governor, Ama Mensah, visited the flooded district on Monday. The visit by the governor Mensah was brief.";
    expect(aliasesOf(text, "Ama Mensah")).not.toContain("governor Mensah");
  });
});
