import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {contextFrom, emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();
const gaz = contextFrom("name,kind,aliases,affiliation,roles\nOrinoco,country,,,\nHarbour Authority,organization,,,\n");

function run(text: string, ctx = empty): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-01"}), makeSentences(text), ctx);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}`).join("; ");

describe("stage 04: long organisation names are one name", () => {
  it.each<[string, string, string, typeof empty?]>([
    ["'for the … of' after an organisation word", "Flood victims were counted by the Bureau for the Relief of Victims of War on Monday.", "Bureau for the Relief of Victims of War"],
    ["after a title's 'for': 'spokesman for the Office for the …'", "A spokesman for the Office for the Coordination of Flood Relief said roads were shut.", "Office for the Coordination of Flood Relief"],
    ["title words ending in an organisation word", "The strike was watched by the General Security Service on Friday.", "General Security Service"],
    ["a known country, an organisation word, then 'of …'", "The Orinoco Ministry of Water Resources said the dam held.", "Orinoco Ministry of Water Resources", gaz]
  ])("%s", (_label, text, want, ctx) => {
    const ms = run(text, ctx ?? empty);
    expect(ms.some((m) => m.text === want && m.kind === "organization"), show(ms)).toBe(true);
  });

  it("an event name still names nobody ('Harbour Jazz Festival')", () => {
    const ms = run("Crowds left the Harbour Jazz Festival early.");
    expect(ms.some((m) => m.text.includes("Festival")), show(ms)).toBe(false);
  });

  it("a title followed by an organisation and a name still splits", () => {
    const ms = run("Secretary of the Dock Workers Union Marta Ruiz called the strike.");
    expect(ms.some((m) => m.text === "Marta Ruiz" && m.kind === "person"), show(ms)).toBe(true);
    expect(ms.some((m) => m.text === "Dock Workers Union" && m.kind === "organization"), show(ms)).toBe(true);
  });

  it("title words alone still name nobody ('Deputy Prime Minister said')", () => {
    const ms = run("Rescue teams arrived, the Deputy Prime Minister said.");
    expect(ms, show(ms)).toEqual([]);
  });

  it("an organisation word from the gazetteer is not extended over a date ('on Monday')", () => {
    const ms = run("The Orinoco Ministry on Monday said the dam held.", gaz);
    expect(ms.some((m) => m.text === "Orinoco Ministry"), show(ms)).toBe(true);
  });
});
