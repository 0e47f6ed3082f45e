/**
 * Round 15, class 4: a full name of three words or more and the one longer official name that
 * starts with all its words ("<Given> <Middle> <Surname>" / "… <Surname> <Extra>", diacritics
 * folded) are one person when the longer name's own article calls the person by the shorter
 * name's last word alone (its evidence that the extra word is a second surname). Negatives: no
 * such bare surname; both names in one article (mother and daughter); two longer names sharing the
 * prefix; a generational suffix ("Jr."); two words. Invented names and sentences only.
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
  it("sentence → expected row: a second surname in one outlet, whose story then uses the first surname alone", () => {
    const r = foundActors([
      "Mine workers cheered when the labour minister, Maria Elena Quispe Mamani, reopened the shaft. Quispe promised safety checks.",
      "After the collapse, Maria Elena Quispe toured the tunnels with rescuers."
    ]);
    const id = r.of(0, "Maria Elena Quispe Mamani");
    expect(id).toBeDefined();
    expect(r.of(1, "Maria Elena Quispe")).toBe(id);
  });

  it("negative: no bare surname in the longer name's story", () => {
    const [a, b] = ids(["Ana Sofia Ruiz Tellez", "Ana Sofia Ruiz"]);
    expect(a).not.toBe(b);
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
