import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {contextFrom, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const ctx = contextFrom("name,kind,aliases,affiliation,roles\nIslamist Front,organization,,,\nRed Relief,organization,,,\nOrinoco,country,,,\n");

function run(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-01"}), makeSentences(text), ctx);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}`).join("; ");

describe("stage 04: a regional branch of a known organisation is one name", () => {
  it.each<[string, string, string]>([
    ["province after a region", "Farmers were kidnapped by the Islamist Front Delta Province on Monday.", "Islamist Front Delta Province"],
    ["branch after a country the gazetteer knows", "Flood shelters were opened by the Red Relief Orinoco Branch overnight.", "Red Relief Orinoco Branch"],
    ["two region words", "The Islamist Front Upper Lake Province claimed the attack.", "Islamist Front Upper Lake Province"]
  ])("%s", (_label, text, want) => {
    const ms = run(text);
    expect(ms.some((m) => m.text === want && m.kind === "organization"), show(ms)).toBe(true);
  });

  it("without a branch word the gazetteer name stands alone", () => {
    const ms = run("The Islamist Front Delta fighters withdrew, Islamist Front said.");
    expect(ms.some((m) => m.text.startsWith("Islamist Front Delta")), show(ms)).toBe(false);
    expect(ms.some((m) => m.text === "Islamist Front" && m.name === "Islamist Front"), show(ms)).toBe(true);
  });

  it("a branch word right after the name is not a branch ('Islamist Front Province said')", () => {
    const ms = run("Officials said the Islamist Front Province leaders fled.");
    expect(ms.some((m) => m.text === "Islamist Front Province"), show(ms)).toBe(false);
  });
});

describe("stage 04: an acronym in parentheses takes its name's kind", () => {
  it.each<[string, string, string]>([
    ["plain acronym", "Strikers from the Dock Workers Union (DWU) blocked the port.", "DWU"],
    ["acronym with a region word", "Aid convoys were stopped by the Islamist Front Delta Province (IF Delta) near the river.", "IF Delta"]
  ])("%s", (_label, text, acr) => {
    const ms = run(text);
    expect(ms.some((m) => m.text === acr && m.kind === "organization"), show(ms)).toBe(true);
  });

  it("parentheses after a person do not make an organisation", () => {
    const ms = run("Flood warden Peter Olsen (PO Field) spoke on Monday.");
    expect(ms.some((m) => m.text === "PO Field" && m.kind === "organization" && m.via === "acronym"), show(ms)).toBe(false);
  });
});

describe("stage 09: an acronym with a region word joins its name", () => {
  it("'Islamist Front Delta Province (IF Delta)' and a later lone 'IF Delta' are one actor", () => {
    const text = "Aid convoys were stopped by the Islamist Front Delta Province (IF Delta) near the river.";
    const a = {article: makeArticle(text, {articleId: "a", outlet: "o"}), sentences: [], dates: [], mentions: run(text), figures: [], events: [], interactions: [], labels: [], warnings: []};
    const text2 = "A spokesman for IF Delta denied it.";
    const b = {article: makeArticle(text2, {articleId: "b", outlet: "o2", file: "b.txt"}), sentences: [], dates: [], mentions: run(text2), figures: [], events: [], interactions: [], labels: [], warnings: []};
    const out = mergeActors([a, b], ctx);
    const actor = out.actors.find((x) => x.aliases.includes("IF Delta"));
    expect(actor?.aliases).toContain("Islamist Front Delta Province");
    expect(actor?.kind).toBe("organization");
  });

  it("a two-word name after another two-word name in parentheses is not an acronym", () => {
    const text = "Staff of the Harbour Trust (River Board) met.";
    const a = {article: makeArticle(text, {articleId: "a", outlet: "o"}), sentences: [], dates: [], mentions: run(text), figures: [], events: [], interactions: [], labels: [], warnings: []};
    const out = mergeActors([a], ctx);
    expect(out.actors.find((x) => x.aliases.includes("River Board"))?.aliases ?? []).not.toContain("Harbour Trust");
  });
});
