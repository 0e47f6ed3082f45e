/**
 * Session 28, stage 09 (invented names): a two-word name written in both orders is one person (family name first
 * in Mongolian, Hungarian or East Asian style, given name first in most English copy), and a Mongolian patronymic
 * in the genitive before the given name joins the same name written with the father's bare name after it; a
 * woman's courtesy title before a name whose given name no list holds is one of its surface forms. Stage 04: a bank,
 * church or university "of" a country or city is one organisation ("the Central Bank of Nigeria").
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {contextFrom, emptyContext} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

/** Actor id of each name, each name alone in an article of its own. */
function ids(names: string[]): string[] {
  const xs: ArticleExtraction[] = names.map((n, i) => makeExtraction(`a${i}`, `outlet${i % 3}`, [[n]]));
  return mergeActors(xs, emptyContext()).mentionActors.map((row) => row[0]);
}
const oneActor = (names: string[]) => new Set(ids(names)).size === 1;
const allApart = (names: string[]) => new Set(ids(names)).size === names.length;

function aliasesOfAll(texts: string[]): string[][] {
  const xs = texts.map((t, i) => foundMentions(t, "a" + i));
  return mergeActors(xs, emptyContext()).actors.map((a) => a.aliases);
}

function aliasesOf(texts: string[], name: string): string[] | undefined {
  const xs = texts.map((t, i) => foundMentions(t, "a" + i));
  return mergeActors(xs, emptyContext()).actors.find((a) => a.name === name)?.aliases;
}

describe("one name in both orders", () => {
  it.each<[string, string[]]>([
    ["family name first and given name first", ["Batbold Tuvshintur", "Tuvshintur Batbold"]],
    ["a transliteration variant in the other order (kh / h)", ["Ganbaatar Khishigee", "Hishigee Ganbaatar"]],
    ["a genitive patronymic before the given name", ["Tsendiin Munkhbayar", "Munkhbayar Tsend"]]
  ])("%s → one actor", (_label, names) => {
    expect(oneActor(names)).toBe(true);
  });
  it("negative: two different given names on one family name stay apart", () => {
    expect(allApart(["Batbold Tuvshintur", "Tuvshintur Ganbold"])).toBe(true);
  });
  it("negative (review 28 F10): two orders in one article are two people ('Musa Bello, the governor … Bello Musa, a trader')", () => {
    const xs = [foundMentions("Musa Bello, the governor, met party leaders on Monday. Later, Bello Musa, a trader in Kano, said prices had doubled.", "a0")];
    const names = mergeActors(xs, emptyContext()).actors.map((a) => a.aliases);
    expect(names.some((a) => a.includes("Musa Bello") && a.includes("Bello Musa"))).toBe(false);
  });
  it("negative: a woman's given name and a man's, swapped, are two people ('Maria Anton' / 'Anton Maria')", () => {
    expect(allApart(["Maria Anton", "Anton Maria"])).toBe(true);
  });
});

describe("a woman's title before an unlisted given name", () => {
  it("'Ms Tuvshintur' is a surface form of a name the corpus writes in both orders ('Batbold Tuvshintur' / 'Tuvshintur Batbold')", () => {
    const names = aliasesOfAll(["The envoy Batbold Tuvshintur landed in Astana on Monday. Ms Tuvshintur declined to comment.", "Tuvshintur Batbold, the envoy, spoke in Astana."]);
    expect(names.some((a) => a.includes("Ms Tuvshintur") && (a.includes("Batbold Tuvshintur") || a.includes("Tuvshintur Batbold")))).toBe(true);
  });
  it("negative (review 28 F18): 'Ms Okafor' after 'Chinedu Okafor' (an unlisted given name, one order only) adds no alias", () => {
    const names = aliasesOfAll(["Chinedu Okafor, 19, was kidnapped on Monday. His mother, Grace, said a ransom was paid. Ms Okafor said police did nothing."]);
    expect(names.some((a) => a.includes("Ms Okafor") && a.includes("Chinedu Okafor"))).toBe(false);
  });
  it("negative: not after a listed man's given name ('Mrs Okafor' resolved to Daniel Okafor)", () => {
    const man = aliasesOf(["Ferry pilot Daniel Okafor reached Warri at noon. Mrs Okafor said she had waited at the pier."], "Daniel Okafor");
    expect(man).not.toContain("Mrs Okafor");
  });
});

describe("an institution named after its country or city (stage 04)", () => {
  const reference = contextFrom(readFileSync(new URL("../../../data/reference/actors.csv", import.meta.url), "utf8"));
  const found = (text: string) => foundMentions(text, "a1", reference).mentions.map((m) => [m.text, m.kind]);
  it("'the Central Bank of Nigeria', 'the Anglican Church of South Sudan' are one organisation each", () => {
    const ms = found("The Central Bank of Nigeria and the Anglican Church of South Sudan issued statements.");
    expect(ms).toContainEqual(["Central Bank of Nigeria", "organization"]);
    expect(ms).toContainEqual(["Anglican Church of South Sudan", "organization"]);
  });
  it("negative: a ministry, a title or a person 'of' a country leaves the country its own name", () => {
    const ms = found("The Foreign Ministry of Kenya thanked the President of Ghana and Amina Yusuf of Nigeria.");
    expect(ms).toContainEqual(["Ghana", "country"]);
    expect(ms).toContainEqual(["Nigeria", "country"]);
  });
});
