/**
 * Stage 07 on invented sentences (round 17):
 * - "There he/she …" keeps the pronoun sentence-initial, as "On Tuesday she …" does: it stands for
 *   the previous sentence's person ("A reached the port. There she was greeted by B" → B met A);
 * - a list may repeat "by" as it repeats "to" and "with", also after a title and before a relative
 *   named after a possessive: "was met by Foreign Minister A and by his wife, B" → A and B met him.
 * Negatives: "There were …" (no pronoun), "by A and by <no name>", "with her help" (no relative),
 * and a sports sentence.
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mention} from "../events/helpers.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

/** Rows "source -type-> target" of a two-sentence article; mentions as [sentence, text, kind?]. */
function rowsOf(lines: string[], specs: [number, string, ("person" | "organization" | "country" | "place")?][]): string[] {
  const {article, sentences} = makeArticle(lines);
  const ms = specs.map(([s, text, kind]) => mention(sentences[s], text, kind ?? "person"));
  return findInteractions(article, sentences, [], ms, emptyCtx).map((r) => `${ms[r.sourceMention].text} -${r.type}-> ${ms[r.targetMention].text}`).sort();
}

const cases: Record<string, Case> = {
  "was met by <Title> A and by his wife, B → both met him": {
    s: "Sergio Ribeiro was met by Foreign Minister Kojo Mensah and by his wife, Ines Ribeiro.",
    m: ["Sergio Ribeiro", "Kojo Mensah", "Ines Ribeiro"],
    rows: ["Kojo Mensah -met-> Sergio Ribeiro", "Ines Ribeiro -met-> Sergio Ribeiro"]
  },
  "was freed by A and by B → both released him": {
    s: "Sergio Ribeiro was freed by the Lowland Front and by the Ruvuma Brigade.",
    m: ["Sergio Ribeiro", "Lowland Front:organization", "Ruvuma Brigade:organization"],
    rows: ["Lowland Front -released-> Sergio Ribeiro", "Ruvuma Brigade -released-> Sergio Ribeiro"]
  },
  "negative: 'by A and by' no name lists no one": {
    s: "Sergio Ribeiro was freed by the Lowland Front and by all accounts was unharmed.",
    m: ["Sergio Ribeiro", "Lowland Front:organization"],
    rows: ["Lowland Front -released-> Sergio Ribeiro"]
  },
  "negative: a possessive with no relative after the repeated preposition names no one": {
    s: "Sergio Ribeiro was met by Kojo Mensah and by his own admission was tired.",
    m: ["Sergio Ribeiro", "Kojo Mensah"],
    rows: ["Kojo Mensah -met-> Sergio Ribeiro"]
  },
  "negative (sport): a coach criticized by a club and by unnamed fans lists no second party": {
    s: "Coach Dario Bellini was criticized by Ruvuma United and by several fans.",
    m: ["Dario Bellini", "Ruvuma United:organization"],
    rows: ["Ruvuma United -criticized-> Dario Bellini"]
  }
};

describe("round 17: 'There he …' and lists that repeat 'by'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
  it("There she was greeted by B → B met the previous sentence's person", () => {
    expect(rowsOf(["Ines Mota reached the port of Cotonou on Friday.", "There she was greeted by Governor Hugo Ibarra."], [[0, "Ines Mota"], [0, "Cotonou", "place"], [1, "Hugo Ibarra"]])).toEqual(["Hugo Ibarra -met-> Ines Mota"]);
  });
  it("negative: 'There were …' holds no pronoun", () => {
    expect(rowsOf(["Ines Mota reached the port of Cotonou on Friday.", "There were no talks with Governor Hugo Ibarra."], [[0, "Ines Mota"], [0, "Cotonou", "place"], [1, "Hugo Ibarra"]])).toEqual([]);
  });
});
