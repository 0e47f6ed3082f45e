/**
 * Test helpers for stage 05: build an Article and naive Sentences directly from text, so the figure
 * tests do not depend on stages 01–04 (written in parallel).
 */
import {expect} from "vitest";
import type {Article, Context, Figure, Sentence} from "../../../src/pipeline/types.ts";
import {findFigures} from "../../../src/pipeline/stages/05-figures.ts";

/** An ok Article around `text`. */
export function makeArticle(text: string, file = "test.txt"): Article {
  return {
    articleId: file, file, outlet: null, outletSource: "none", published: null, publishedSource: "none",
    publishedInferred: false, url: null, title: null, dayFirst: false, text, offsetMap: {textStart: [], rawStart: []},
    words: text.split(/\s+/).length, status: "ok", warnings: []
  };
}

/**
 * Naive sentences: one paragraph per line, split after . ! ? followed by space and a capital or quote.
 * With `markRepeats`, a paragraph equal to an earlier one gets `repeatOf` (as stage 02 would).
 */
export function naiveSentences(text: string, markRepeats = false): Sentence[] {
  const out: Sentence[] = [];
  const seen = new Map<string, number>();
  let pos = 0;
  let paragraph = 0;
  for (const line of text.split("\n")) {
    const lineStart = pos;
    pos += line.length + 1;
    if (!line.trim()) continue;
    const repeatOf = markRepeats && seen.has(line.trim()) ? seen.get(line.trim())! : null;
    if (!seen.has(line.trim())) seen.set(line.trim(), paragraph);
    const re = /[^.!?]*(?:[.!?]+["”’]?|$)/g;
    let m: RegExpExecArray | null;
    let acc = 0;
    let chunkStart = 0;
    while ((m = re.exec(line)) && m[0].length > 0) {
      acc = m.index + m[0].length;
      const nextChar = line.slice(acc).trimStart()[0] ?? "";
      if (acc < line.length && !/[A-Z"“]/.test(nextChar)) continue;
      const raw = line.slice(chunkStart, acc);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) {
        const start = lineStart + chunkStart + lead;
        out.push({index: out.length, start, end: start + body.length, text: body, kind: "body", paragraph, repeatOf});
      }
      chunkStart = acc;
    }
    paragraph++;
  }
  return out;
}

export const EMPTY_CTX: Context = {gazetteer: [], outlets: []};

/** Runs stage 05 on raw text with naive sentences and no dates/mentions. */
export function figuresOf(text: string, markRepeats = false): Figure[] {
  const article = makeArticle(text);
  return findFigures(article, naiveSentences(text, markRepeats), [], [], EMPTY_CTX);
}

/** A compact, comparable view of a figure. */
export function row(f: Figure) {
  return {
    quote: f.quote, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, category: f.category,
    group: f.groupLabel, attribution: f.attribution, period: f.period, asOf: f.asOf, modality: f.modality, vague: f.vague
  };
}

/** The fields of a figure row a case asserts (any subset). */
export type FigureRow = Partial<ReturnType<typeof row>>;

/**
 * Asserts that `text` gives exactly `rows.length` figures, each matching its expected fields in order.
 *
 * @example checkFigures("Floods killed 12 people.", [{quote: "12", category: "killed"}])
 */
export function checkFigures(text: string, rows: FigureRow[]): void {
  const got = figuresOf(text).map(row);
  expect(got).toHaveLength(rows.length);
  rows.forEach((r, i) => expect(got[i]).toMatchObject(r));
}
