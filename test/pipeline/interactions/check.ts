/**
 * The shared "sentence → expected rows" check of the stage 07 tests: one invented sentence, its
 * mentions written as "Text" (a person) or "Text:kind", and the rows expected from it.
 */
import {expect} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";

export interface InteractionCase {
  s: string;
  /** Mentions as "Text" (person) or "Text:kind". */
  m: string[];
  d?: string[];
  /** Expected rows as "source -type-> target", in any order. */
  rows: string[];
  modality?: string;
  date?: string | null;
  rule?: string;
}

/**
 * Runs stage 07 on the case's sentence: its rows as "source -type-> target" (sorted) and the raw
 * interactions. Every row's evidence span must hold its verb.
 *
 * @example interactionRows({s: "Ghana freed Kofi Mensah.", m: ["Ghana:country", "Kofi Mensah"], rows: []}).rows
 */
export function interactionRows(c: InteractionCase): {rows: string[]; raw: ReturnType<typeof findInteractions>} {
  const {article, sentences} = makeArticle([c.s]);
  const mentions = mentionsFrom(sentences[0], c.m);
  const raw = findInteractions(article, sentences, datesFrom(sentences[0], c.d ?? []), mentions, emptyCtx);
  for (const r of raw) {
    expect(r.start).toBeLessThan(r.end);
    expect(article.text.slice(r.start, r.end)).toContain(r.verb);
  }
  return {rows: raw.map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort(), raw};
}

/**
 * Asserts the case's rows (any order) and, when given, the first row's modality, date and rule.
 *
 * @example checkInteractions({s: "Ghana freed Kofi Mensah.", m: ["Ghana:country", "Kofi Mensah"], rows: ["Ghana -released-> Kofi Mensah"]})
 */
export function checkInteractions(c: InteractionCase): void {
  const {rows, raw} = interactionRows(c);
  expect(rows).toEqual([...c.rows].sort());
  if (c.modality) expect(raw[0].modality).toBe(c.modality);
  if (c.date !== undefined) expect(raw[0].date).toBe(c.date);
  if (c.rule) expect(raw[0].rule).toBe(c.rule);
}
