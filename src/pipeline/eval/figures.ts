import type {FigureRow} from "../tables/rows.ts";
import type {FigureScore, GoldFigure, Miss} from "./types.ts";
import {locateAll, normalizeQuote, overlaps, type Span} from "./locate.ts";
import {prf, ratio} from "./prf.ts";

/** Counts for one article, summed by the caller. */
export interface FigureCounts {
  tp: number;
  fp: number;
  fn: number;
  categoryRight: number;
  qualifierRight: number;
  misses: Miss[];
}

/**
 * Scores one article's predicted figures against its gold figures.
 *
 * A prediction matches a gold figure when value/low/high are equal and its span overlaps the gold
 * quote's first occurrence (found through `context`) — or, failing that, its quote has the same text.
 * Matching is one-to-one. Vague predictions ("dozens", value null) are not scored. An unmatched
 * prediction that sits on a later copy of a matched gold quote (repeated paragraph, headline
 * repeated in the body) is neutral, not a false positive.
 *
 * @example scoreArticleFigures(text, rows, gold, "a.txt").tp
 */
export function scoreArticleFigures(text: string, predicted: FigureRow[], gold: GoldFigure[], file: string): FigureCounts {
  const preds = predicted.filter((f) => !f.vague);
  const used = new Set<number>();
  const goldSpans: Span[][] = gold.map((g) => locateAll(text, g.quote, g.context));
  const matchOf: (number | null)[] = gold.map(() => null);
  const sameNumbers = (p: FigureRow, g: GoldFigure) => p.value === g.value && p.low === g.low && p.high === g.high;
  const spanOf = (p: FigureRow): Span => ({start: p.char_start, end: p.char_end});
  // Pass 1: overlap with the gold's first occurrence. Pass 2: same quote text anywhere.
  gold.forEach((g, gi) => {
    const first = goldSpans[gi][0];
    if (!first) return;
    const pi = preds.findIndex((p, i) => !used.has(i) && sameNumbers(p, g) && overlaps(spanOf(p), first));
    if (pi >= 0) (used.add(pi), (matchOf[gi] = pi));
  });
  gold.forEach((g, gi) => {
    if (matchOf[gi] !== null) return;
    const q = normalizeQuote(g.quote);
    const pi = preds.findIndex((p, i) => !used.has(i) && sameNumbers(p, g) && normalizeQuote(p.quote) === q);
    if (pi >= 0) (used.add(pi), (matchOf[gi] = pi));
  });
  const misses: Miss[] = [];
  let categoryRight = 0;
  let qualifierRight = 0;
  gold.forEach((g, gi) => {
    const pi = matchOf[gi];
    const where = goldSpans[gi][0];
    const sentence = where ? sentenceAround(text, where) : `(gold quote not found in text: ${g.context ?? g.quote})`;
    if (pi === null) {
      const near = where ? preds.find((p) => overlaps(spanOf(p), where)) : undefined;
      const why = near ? ` — predicted "${near.quote}" value=${near.value} low=${near.low} high=${near.high}` : "";
      misses.push({table: "figures", kind: "missed", file, detail: `"${g.quote}" ${describe(g)}${why}`, sentence});
      return;
    }
    const p = preds[pi];
    const catOk = p.category === g.category;
    const qualOk = p.qualifier.trim().toLowerCase() === g.qualifier.trim().toLowerCase();
    if (catOk) categoryRight++;
    if (qualOk) qualifierRight++;
    if (!catOk || !qualOk) {
      const parts = [!catOk ? `category ${p.category}≠${g.category}` : "", !qualOk ? `qualifier "${p.qualifier}"≠"${g.qualifier}"` : ""];
      misses.push({table: "figures", kind: "wrong", file, detail: `"${g.quote}": ${parts.filter(Boolean).join(", ")}`, sentence});
    }
  });
  let fp = 0;
  preds.forEach((p, i) => {
    if (used.has(i)) return;
    const repeat = gold.some((g, gi) => matchOf[gi] !== null && sameNumbers(p, g) && goldSpans[gi].slice(1).some((s) => overlaps(s, spanOf(p))));
    if (repeat) return;
    fp++;
    misses.push({table: "figures", kind: "extra", file, detail: `"${p.quote}" value=${p.value} low=${p.low} high=${p.high} ${p.category} (${p.rule})`, sentence: p.sentence});
  });
  const tp = matchOf.filter((m) => m !== null).length;
  return {tp, fp, fn: gold.length - tp, categoryRight, qualifierRight, misses};
}

/**
 * Turns summed counts into the reported score.
 *
 * @example figureScore({tp: 9, fp: 1, fn: 1, categoryRight: 9, qualifierRight: 8, misses: []}).f1 // 0.9
 */
export function figureScore(c: Omit<FigureCounts, "misses">): FigureScore {
  return {
    ...prf(c.tp, c.fp, c.fn),
    categoryRight: c.categoryRight,
    qualifierRight: c.qualifierRight,
    categoryAccuracy: ratio(c.categoryRight, c.tp),
    qualifierAccuracy: ratio(c.qualifierRight, c.tp)
  };
}

function describe(g: GoldFigure): string {
  const n = g.value !== null ? `value=${g.value}` : `${g.low}–${g.high}`;
  return `${n} ${g.qualifier} ${g.category}`;
}

/**
 * The line of text (sentence-ish: up to 300 chars around) containing a span, for miss listings.
 *
 * @example sentenceAround("A. B has 3 cats. C.", {start: 9, end: 10}) // "B has 3 cats."
 */
export function sentenceAround(text: string, span: Span): string {
  let a = span.start;
  while (a > 0 && span.start - a < 200 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = span.end;
  while (b < text.length && b - span.end < 200 && !/[.!?\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== "\n") b++;
  return text.slice(a, b).trim();
}
