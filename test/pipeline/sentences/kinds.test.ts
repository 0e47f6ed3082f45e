import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {endsWithSuffixHint, sentenceKind} from "../../../src/pipeline/sentences/kinds.ts";
import {BOILERPLATE_SUFFIXES} from "../../../src/pipeline/model/sentence-cues.ts";

/** The regex endsWithSuffixHint replaces (as kinds.ts builds it). */
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SUFFIX_HINT = new RegExp(`(?:${[...new Set(BOILERPLATE_SUFFIXES.map((x) => x.split(" ").pop() as string))].map(escape).join("|")})\\W*$`, "i");

describe("endsWithSuffixHint", () => {
  it.each([
    ["Reuters contributed reporting.", true],
    ["AP contributed to this STORY”)", true],
    ["All rights reserved ©", true],
    ["The report was released on Monday.", false],
    ["reporting_", false],
    ["", false]
  ])("%s → %s", (s, expected) => {
    expect(endsWithSuffixHint(s)).toBe(expected);
    expect(SUFFIX_HINT.test(s)).toBe(expected);
  });

  it("agrees with the regex on random endings", () => {
    const piece = fc.constantFrom("report", "REPORTING", "story", "Article", "reserved", "x", " ", ".", "_", "é", "”", "K", "ing", "1");
    fc.assert(fc.property(fc.array(piece, {maxLength: 8}), (parts) => endsWithSuffixHint(parts.join("")) === SUFFIX_HINT.test(parts.join(""))), {numRuns: 3000});
  });
});

describe("sentenceKind", () => {
  it.each([
    ["Rescuers dug through the night to reach the last of the trapped miners.", "body"],
    ["Reuters contributed reporting.", "boilerplate"],
    ["Photo: Jane Doe", "credit"],
    ["(AP Photo/Jane Doe)", "credit"]
  ])("%s → %s", (s, kind) => {
    expect(sentenceKind(s, "body")).toBe(kind);
  });
});

describe("lineKind: date lines", () => {
  it.each([
    ["Published 8 June 2023, 09:15 GMT", "dateline"],
    ["15.03.2024", "dateline"],
    ["By Jane Doe and John Roe, Reuters", "dateline"],
    ["Written by Jane Doe", "dateline"],
    ["Bystanders fled the scene", "headline_like"],
    ["Monday June", "headline_like"],
    ["Floods hit the valley", "headline_like"]
  ])("%s → %s", async (line, expected) => {
    const {lineKind} = await import("../../../src/pipeline/sentences/kinds.ts");
    expect(lineKind(line, true)).toBe(expected);
    expect(lineKind(line, false)).toBe(expected);
  });
});
