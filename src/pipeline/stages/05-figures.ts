import type {Article, Context, DateMention, Figure, Mention, Sentence} from "../types.ts";
import {dedupeKey} from "../figures/dedupe.ts";
import {figuresInSentence} from "../figures/extract.ts";
import {ArticleRelease} from "../figures/article-context.ts";
import {sentenceCues} from "../figures/category.ts";

/** Sentence kinds whose numbers are never figures (photo credits, site furniture). */
const SKIP_KINDS = new Set(["credit", "boilerplate"]);
/* No separate prefilter: scanNumbers starts with a cheap first-word regex. */
const NONE: never[] = [];

/**
 * Groups dates by sentence once, so each sentence sees only its own. Dates and mentions each have their own
 * copy (datesBySentence, mentionsBySentence): one generic function read both object shapes, and its optimised
 * code was thrown away and compiled again at the first article with both.
 */
function datesBySentence(items: DateMention[]): Map<number, DateMention[]> {
  const map = new Map<number, DateMention[]>();
  for (const x of items) {
    const list = map.get(x.sentenceIndex);
    if (list) list.push(x);
    else map.set(x.sentenceIndex, [x]);
  }
  return map;
}

/** Groups mentions by sentence once (see datesBySentence). */
function mentionsBySentence(items: Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const x of items) {
    const list = map.get(x.sentenceIndex);
    if (list) list.push(x);
    else map.set(x.sentenceIndex, [x]);
  }
  return map;
}

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
  const byQuote = new Map<string, [Figure, Sentence] | Set<string>>();
  const datesBy = datesBySentence(dates);
  const mentionsBy = mentionsBySentence(mentions);
  // Counted only if some figure needs it (see ArticleRelease).
  const release = new ArticleRelease(article.text);
  for (const s of sentences) {
    if (s.repeatOf !== null && s.repeatOf !== undefined) continue;
    if (SKIP_KINDS.has(s.kind)) continue;
    // Offsets must index the article text; a sentence that does not is skipped rather than mis-quoted.
    // (A slice compare is ~2× faster than startsWith here; startsWith keeps its clamping for a negative start.)
    if (s.end - s.start !== s.text.length || !(s.start >= 0 ? article.text.slice(s.start, s.end) === s.text : article.text.startsWith(s.text, s.start))) continue;
    for (const f of figuresInSentence(s, datesBy.get(s.index) ?? NONE, mentionsBy.get(s.index) ?? NONE, release)) {
      // Keys differ whenever quotes differ (a quote never holds "|"), so a figure's key is built only once
      // its quote repeats: most figures never pay for the 120 characters of context.
      const same = byQuote.get(f.quote);
      if (same === undefined) {
        byQuote.set(f.quote, [f, s]);
        out.push(f);
        continue;
      }
      let keys: Set<string>;
      if (same instanceof Set) keys = same;
      else {
        keys = new Set([dedupeKey(same[0], same[1])]);
        byQuote.set(f.quote, keys);
      }
      const key = dedupeKey(f, s);
      if (keys.has(key)) continue;
      keys.add(key);
      out.push(f);
    }
  }
  inheritDefiniteCounts(article.text, out, sentences);
  return out;
}

/** "the 342 prisoners", "Of the 40 miners": a definite article right before the count points back to a group. */
const THE_BEFORE = /\bthe[ \t]+$/i;
/** How far (characters) around such a count a cue of its own keeps its category. */
const OWN_CUE_REACH = 40;

/** The last word of a group label: its head noun ("palestinian prisoners" → "prisoners"). */
function headOf(label: string): string {
  return label.slice(label.lastIndexOf(" ") + 1);
}

/**
 * "Israel began freeing 120 prisoners. … Of the 120 prisoners, 30 are serving life terms.": a definite count with
 * the same number and head noun as a figure earlier in the article is the same group, so with no cue of its own
 * (category other) it takes the earlier figure's category. Counts with a cue nearby keep theirs.
 */
function inheritDefiniteCounts(text: string, figures: Figure[], sentences: Sentence[]): void {
  let earlier: Map<string, Figure> | null = null;
  for (const f of figures) {
    if (f.value === null || f.groupLabel === null || f.groupLabel === "days" || f.vague) continue;
    const key = `${f.value}|${headOf(f.groupLabel)}`;
    if (f.category !== "other") {
      earlier ??= new Map();
      if (!earlier.has(key)) earlier.set(key, f);
      continue;
    }
    const first = earlier?.get(key);
    if (!first || first.sentenceIndex === f.sentenceIndex || !THE_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) continue;
    const s = sentences.find((x) => x.index === f.sentenceIndex);
    if (!s || hasOwnCue(s, f)) continue;
    f.category = first.category;
    f.rule += "+same-group";
  }
}

/** A category cue within OWN_CUE_REACH of the figure's number (its own verb or noun decides then). */
function hasOwnCue(s: Sentence, f: Figure): boolean {
  const lo = f.start - s.start - OWN_CUE_REACH, hi = f.end - s.start + OWN_CUE_REACH;
  for (const c of sentenceCues(s.text)) if (c.end > lo && c.start < hi && !c.cue.startsWith("not:")) return true;
  return false;
}
