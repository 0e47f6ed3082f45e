/**
 * Round 33: a parliament's chamber named "House of …" ("the House of Delegates") is one organisation, not "House" and
 * another name (a bare "House" was read as the last word of another body's name). Invented sentences.
 */
import {describe, expect, it} from "vitest";
import {emptyContext, mentionKinds, mentionRows} from "../../fixtures/actors/make-article.ts";

const ctx = emptyContext();
const mentions = (text: string): string[] => mentionKinds(text, ctx);
const rows = (text: string): string[] => mentionRows(text, ctx);

describe("round 33: House of …", () => {
  it.each<[string, string, string]>([
    ["a lower chamber", "Ken Iwu, the finance minister, read his budget to the House of Delegates on Tuesday.", "House of Delegates/organization"],
    ["a state assembly", "Ana Obi criticized the House of Assembly over the flood budget.", "House of Assembly/organization"],
    ["an upper chamber", "The House of Elders thanked the rescue teams on Monday.", "House of Elders/organization"]
  ])("%s: one organisation", (_label, text, body) => {
    expect(mentions(text)).toContain(body);
  });

  it("the chamber is the one criticised", () => {
    expect(rows("Ana Obi criticized the House of Assembly over the flood budget.")).toEqual(["Ana Obi -criticized-> House of Assembly"]);
  });

  it("negative: a lowercase 'house of' names nothing", () => {
    expect(mentions("The strike brought the house of cards down.").some((m) => m.toLowerCase().startsWith("house"))).toBe(false);
  });

  it("negative: a chamber named as a place of the act is no party", () => {
    expect(rows("In the House of Assembly, Tom Berg criticized Ana Obi.")).toEqual(["Tom Berg -criticized-> Ana Obi"]);
  });
});
