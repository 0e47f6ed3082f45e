import type {Article, Context, DateMention, Figure, Mention, Sentence} from "../types.ts";
import {dedupeKey} from "../figures/dedupe.ts";
import {figuresInSentence} from "../figures/extract.ts";

/** Sentence kinds whose numbers are never figures (photo credits, site furniture). */
const SKIP_KINDS = new Set(["credit", "boilerplate"]);
/** Cheap prefilter: a digit, or the start of a number word / vague quantity. */
const MAY_HAVE_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|scores|a handful)/i;

/**
 * Stage 05: counts of people and days, with hedge, category, group, attribution, period.
 * Works from sentence text alone; `dates` (as_of) and `mentions` (attribution names) only refine.
 * Sentences repeating an earlier paragraph (`repeatOf`) are skipped, and identical figures in identical
 * context are kept once, so a headline printed twice yields its figures once.
 *
 * @example findFigures(article, sentences, dates, mentions, ctx)
 */
export function findFigures(
  article: Article,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: Mention[],
  ctx: Context
): Figure[] {
  void ctx;
  const out: Figure[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.repeatOf !== null && s.repeatOf !== undefined) continue;
    if (SKIP_KINDS.has(s.kind)) continue;
    if (!MAY_HAVE_NUMBER.test(s.text)) continue;
    // Offsets must index the article text; a sentence that does not is skipped rather than mis-quoted.
    if (article.text.slice(s.start, s.end) !== s.text) continue;
    for (const f of figuresInSentence(s, dates, mentions)) {
      const key = dedupeKey(f, s);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}
