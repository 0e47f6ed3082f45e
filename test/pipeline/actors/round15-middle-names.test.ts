/**
 * Round 15, class 2: a middle name written by one outlet only ("<Given> <Middle> <Surname>" /
 * "<Given> <Surname>") is one person, and so is the bare surname. Negatives: two different middle
 * names of one given name and surname are two people, in one article or in two, even when a
 * third outlet writes the name without any middle name; father and son ("Jr."). Invented names
 * and sentences only.
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

describe("a middle name in one outlet only", () => {
  it("sentence → expected row: the middle name, the short name and the bare surname", () => {
    const r = foundActors([
      "The ferry's engineer, Daniel Kiplagat Chebet, was rescued from the lake on Sunday.",
      "Daniel Chebet said the engine had failed. Chebet spent a night on a sandbank."
    ]);
    const id = r.of(0, "Daniel Kiplagat Chebet");
    expect(id).toBeDefined();
    expect(r.of(1, "Daniel Chebet")).toBe(id);
    expect(r.of(1, "Chebet")).toBe(id);
  });

  it("negative: two middle names in one article are two men", () => {
    const r = foundActors(["Daniel Kiplagat Chebet and his cousin Daniel Kipruto Chebet were both on the ferry."]);
    expect(r.of(0, "Daniel Kiplagat Chebet")).toBeDefined();
    expect(r.of(0, "Daniel Kipruto Chebet")).not.toBe(r.of(0, "Daniel Kiplagat Chebet"));
  });

  it("negative: two middle names in two outlets, and a third outlet without one", () => {
    const [a, b, c] = ids(["Daniel Kiplagat Chebet", "Daniel Kipruto Chebet", "Daniel Chebet"]);
    expect(a).not.toBe(b);
    expect([a, b]).toContain(c);
  });

  it("negative: father and son", () => {
    const [a, b] = ids(["Daniel Kiplagat Chebet Jr.", "Daniel Kiplagat Chebet Sr."]);
    expect(a).not.toBe(b);
  });

  it("sentence → expected row: a middle initial agrees with the middle name", () => {
    const [a, b] = ids(["Daniel K. Chebet", "Daniel Kiplagat Chebet"]);
    expect(a).toBe(b);
  });
});
