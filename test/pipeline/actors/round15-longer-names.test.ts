/**
 * Round 15, class 4: a full name of three words or more and the one longer official name that
 * starts with all its words ("<Given> <Middle> <Surname>" / "… <Surname> <Extra>", diacritics
 * folded) are one person, and so are the bare surnames each outlet uses. Negatives: two longer
 * names sharing the prefix leave the short one alone; a generational suffix ("Jr.") keeps father
 * and son apart; two words are not enough. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {foundActors} from "../../fixtures/actors/found-mentions.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

function ids(names: string[]): string[] {
  const xs: ArticleExtraction[] = names.map((n, i) => makeExtraction(`a${i}`, `outlet${i}`, [[n]]));
  return mergeActors(xs, emptyContext()).mentionActors.map((row) => row[0]);
}

describe("a longer official name", () => {
  it("sentence → expected row: the official name with a clan name more, and each outlet's bare surname", () => {
    const r = foundActors([
      "The junta leader Hassan Ali Kaboré Ouédraogo signed the mining decree on Monday. Ouédraogo said the mines would reopen.",
      "Hassan Ali Kabore told miners in Kaya the strike must end. Kaboré left by helicopter."
    ]);
    const id = r.of(0, "Hassan Ali Kaboré Ouédraogo");
    expect(id).toBeDefined();
    expect(r.of(1, "Hassan Ali Kabore")).toBe(id);
    expect(r.of(1, "Kaboré")).toBe(id);
    expect(r.of(0, "Ouédraogo")).toBe(id);
  });

  it("sentence → expected row: a Spanish second surname added by one outlet", () => {
    const [a, b] = ids(["Ana Sofia Ruiz Tellez", "Ana Sofia Ruiz"]);
    expect(a).toBe(b);
  });

  it("negative: two longer names share the prefix", () => {
    const [a, b, c] = ids(["Ana Sofia Ruiz Tellez", "Ana Sofia Ruiz Mora", "Ana Sofia Ruiz"]);
    expect(a).not.toBe(b);
    expect(c).not.toBe(a);
    expect(c).not.toBe(b);
  });

  it("negative: father and son ('Jr.'), and a two-word name", () => {
    const [a, b] = ids(["Roberto Luis Salcedo Jr.", "Roberto Luis Salcedo"]);
    expect(a).not.toBe(b);
    const [c, d] = ids(["Ana Ruiz Tellez", "Ana Ruiz"]);
    expect(c).not.toBe(d);
  });
});
