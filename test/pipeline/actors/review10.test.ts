/**
 * Review of round 10's stage 04 rules: sentences where a new rule must NOT fire (each failed
 * before its mend). Invented names only.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {contextFrom, emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();
const reference = contextFrom(readFileSync(new URL("../../../data/reference/actors.csv", import.meta.url), "utf8"));

function mentions(text: string, ctx = empty): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), ctx);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}`).join("; ");

describe("round 10 rules that must not fire", () => {
  it("a person's name with their initials in brackets stays a person (Marta Ruiz Diaz (MRD))", () => {
    const ms = mentions("The farmers met on Monday. Marta Ruiz Diaz (MRD) spoke for them.");
    expect(ms.some((m) => m.text === "Marta Ruiz Diaz" && m.kind === "person"), show(ms)).toBe(true);
  });

  it("'Mrs' before a bare masculine surname names the woman, not the man who shares it", () => {
    const ms = mentions("Tatiana Baranov and her husband Pavel Baranov were freed. Mrs Baranov said she was tired.");
    const bare = ms.find((m) => m.text === "Baranov");
    expect(bare?.name, show(ms)).toBe("Tatiana Baranov");
  });

  it("a man's plain bare surname still names the man (the rule it guards)", () => {
    const ms = mentions("Tatiana Baranov and her husband Pavel Baranov were freed. Baranov said he was tired.");
    expect(ms.find((m) => m.text === "Baranov")?.name, show(ms)).toBe("Pavel Baranov");
  });

  it("'front' before another noun is no armed unit ('the Ana Lopez front door')", () => {
    const ms = mentions("Police found the Ana Lopez front door broken, said Tomas Vik.");
    expect(ms.some((m) => m.kind === "organization" && m.text.includes("front")), show(ms)).toBe(false);
    expect(ms.some((m) => m.text === "Ana Lopez" && m.kind === "person"), show(ms)).toBe(true);
  });

  it("a singular 'Dozen' / 'Hundred' inside a name is no count ('Maria Dozen', 'Hundred Acre')", () => {
    const ms = mentions("Maria Dozen met Oskar Lind in Hundred Acre.");
    expect(ms.some((m) => m.text === "Maria Dozen" && m.kind === "person"), show(ms)).toBe(true);
    expect(ms.some((m) => m.text === "Acre"), show(ms)).toBe(false);
  });

  it("a plural count still names nobody ('Seventeen', 'Dozens')", () => {
    const ms = mentions("Dozens Kenyan soldiers crossed the river. Seventeen Ugandan soldiers stayed.");
    expect(ms.some((m) => m.kind === "person"), show(ms)).toBe(false);
  });

  it("'the Church of <Place>' names another church than the article's one 'Methodist Church'", () => {
    // The reference list knows Rome, so the chunk ends before "of Rome" and "Church" stands alone.
    const ms = mentions("The Methodist Church ran the school, said Ivo Dahl. Pastors of the Church of Rome disagreed.", reference);
    expect(ms.filter((m) => m.name === "Methodist Church").length, show(ms)).toBe(1);
  });
});
