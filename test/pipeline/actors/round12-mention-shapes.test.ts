/**
 * Round 12: mentions that used to be cut or lost. Honorifics written before any name ("Datu",
 * "Alhaji") are kept in the mention's text and left out of its name; "Emir" before a lineage name
 * like "Sheikh"; the joined articles of Philippine surnames ("dela", "delos"); a military unit named
 * with an ordinal ("the 42nd Infantry Battalion"); a school head's title ("Principal"). Negatives:
 * a lowercase honorific word, an ordinal before a non-unit name, "principal" as an adjective.
 * Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction, Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function extraction(text: string, id = "a0"): ArticleExtraction {
  const article = makeArticle(text, {published: "2024-05-01", articleId: id, outlet: "o" + id, file: id + ".txt"});
  const mentions = findMentions(article, splitSentences(article), empty);
  return {article, sentences: [], dates: [], mentions, figures: [], events: [], interactions: [], labels: [], warnings: []};
}

/** "text = name (kind)" of each mention of one invented article. */
function rows(text: string): string[] {
  return extraction(text).mentions.map((m: Mention) => `${m.text} = ${m.name} (${m.kind})`);
}

describe("honorifics kept in the text, left out of the name", () => {
  it("sentence → expected row: 'Datu' before a chief's name, after another title", () => {
    expect(rows("Flood relief was handed out by the village council and tribal leader Datu Ismael Sabdani on Sunday.")).toContain("Datu Ismael Sabdani = Ismael Sabdani (person)");
  });

  it("sentence → expected row: 'Alhaji' opening a sentence", () => {
    expect(rows("Cattle traders protested in the market.\n\nAlhaji Bello Tanko, who leads the traders' union, said the tax was unfair.")).toContain("Alhaji Bello Tanko = Bello Tanko (person)");
  });

  it("sentence → expected row: 'Emir' before a lineage name", () => {
    expect(rows("The donation was announced by Emir Hamdan bin Saif Al Rumaithi in a televised speech.")).toContain("Emir Hamdan bin Saif Al Rumaithi = Hamdan bin Saif Al Rumaithi (person)");
  });

  it("the name without the honorific in another outlet is the same actor", () => {
    const xs = [extraction("Strikers met Alhaji Bello Tanko in Kano on Monday.", "a0"), extraction("The strike ended after talks with Bello Tanko, a trader.", "a1")];
    const out = mergeActors(xs, empty).mentionActors;
    expect(out[0][xs[0].mentions.findIndex((m) => m.text === "Alhaji Bello Tanko")]).toBe(out[1][xs[1].mentions.findIndex((m) => m.text === "Bello Tanko")]);
  });

  it("negative: a lowercase 'datu' is no honorific of the name after it", () => {
    expect(rows("The old datu Ismael Sabdani met them.").some((r) => r.startsWith("datu"))).toBe(false);
  });
});

describe("Philippine surname articles and a school head's title", () => {
  it("sentence → expected row: 'delos' and 'dela' stay inside the name", () => {
    const r = rows("Floodwater reached the clinic where the nurse Ramon dela Paz works, said Teresa delos Angeles, the town engineer.");
    expect(r).toContain("Teresa delos Angeles = Teresa delos Angeles (person)");
    expect(r).toContain("Ramon dela Paz = Ramon dela Paz (person)");
  });

  it("negative: 'principal' as an adjective names no one", () => {
    expect(rows("The principal reason for the strike was pay, Ramon Ocampo said.")).toEqual(["Ramon Ocampo = Ramon Ocampo (person)"]);
  });
});

describe("units named with an ordinal", () => {
  it("sentence → expected row: the ordinal is part of a battalion's or division's name", () => {
    expect(rows("Flood victims were evacuated by the 42nd Infantry Battalion on Monday.")).toContain("42nd Infantry Battalion = 42nd Infantry Battalion (organization)");
    expect(rows("Troops of the 3rd Marine Division cleared the road.")).toContain("3rd Marine Division = 3rd Marine Division (organization)");
  });

  it("negative: an ordinal before a name that is no unit is left out ('the 21st Century Fund')", () => {
    expect(rows("The money came from the 21st Century Fund, the mayor said.").some((r) => r.startsWith("21st"))).toBe(false);
  });
});

describe("an official's office", () => {
  it("sentence → expected row: '<title>'s Office' is one organisation", () => {
    expect(rows("Complaints about the flood money went to the Comptroller's Office in March.")).toContain("Comptroller's Office = Comptroller's Office (organization)");
    expect(rows("The strikers handed their list of demands to the Ombudsman's Office on Friday.")).toContain("Ombudsman's Office = Ombudsman's Office (organization)");
  });

  it("negative: a person's lowercase office, and a capitalised Office after a non-title", () => {
    expect(rows("Reporters waited outside Ana Ruiz's office on Monday.").some((r) => r.includes("office"))).toBe(false);
    expect(rows("Staff at the Kowalski's Office Supplies shop said so.").some((r) => r.startsWith("Kowalski's Office ="))).toBe(false);
  });
});

describe("a month abbreviation opening a hyphenated given name", () => {
  it("sentence → expected row: 'Jan-Erik', 'Jun-Ho' are given names, not months", () => {
    expect(rows("The dockers' union chose Jan-Erik Lund as its negotiator.")).toContain("Jan-Erik Lund = Jan-Erik Lund (person)");
    expect(rows("Flood relief was led by the county head Lee Jun-Ho on Friday.")).toContain("Lee Jun-Ho = Lee Jun-Ho (person)");
  });

  it("negative: a month range and a month before a day stay months", () => {
    expect(rows("Strikes rose in Jan-Mar, the ministry said.").some((r) => r.startsWith("Jan"))).toBe(false);
    expect(rows("The levee broke on Jul 4 after the rains.").some((r) => r.startsWith("Jul"))).toBe(false);
  });
});
