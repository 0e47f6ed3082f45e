/**
 * Round 33: "First" before "Nation(s)" inside a run of capitalised words is a word of an Indigenous band's name
 * ("the Clearwater First Nation"), so the band is one organisation and "Chief B of the … First Nation" acts as B.
 * Invented names and places only.
 */
import {describe, expect, it} from "vitest";
import {emptyContext, mentionKinds, mentionRows} from "../../fixtures/actors/make-article.ts";

const ctx = emptyContext();
const mentions = (text: string): string[] => mentionKinds(text, ctx);
const rows = (text: string): string[] => mentionRows(text, ctx);

describe("round 33: a band's name with First Nation", () => {
  it.each<[string, string, string]>([
    ["after a chief's name", "Chief Dora Whitehorse of the Pine Hollow First Nation opened the new school.", "Pine Hollow First Nation/organization"],
    ["as a subject", "The Stony Creek First Nation thanked the flood crews on Monday.", "Stony Creek First Nation/organization"],
    ["the plural", "Leaders of the Red Pine First Nations met the premier.", "Red Pine First Nations/organization"]
  ])("%s: one organisation", (_label, text, body) => {
    expect(mentions(text)).toContain(body);
  });

  it("the chief, not the band, criticises", () => {
    expect(rows("Last week Chief Dora Whitehorse of the Pine Hollow First Nation accused Ottawa of neglect.")).toEqual(["Dora Whitehorse -criticized-> Ottawa"]);
  });

  it("the chief, not the band, thanks", () => {
    expect(rows("Councillor Ben Moose of the Long Lake First Nation thanked Winnipeg for the sandbags.")).toEqual(["Ben Moose -thanked-> Winnipeg"]);
  });

  it("negative: a First Minister stays a title, not a band's word", () => {
    const ms = mentions("In Dunmore First Minister Alan Reid met the unions.");
    expect(ms.some((m) => m.includes("First Minister"))).toBe(false);
    expect(ms.some((m) => m.startsWith("Dunmore First"))).toBe(false);
  });

  it("negative: a sentence-opening First stays a stop word", () => {
    expect(mentions("First Nation leaders met in Regina on Friday.").some((m) => m.startsWith("First"))).toBe(false);
  });

  it("negative: a denied criticism gives no row", () => {
    expect(rows("Last week Chief Dora Whitehorse of the Pine Hollow First Nation did not criticize Ottawa over the pipeline.")).toEqual([]);
  });
});
