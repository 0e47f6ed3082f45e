import type {Article, Context, DateMention, Figure, Mention, Sentence} from "../types.ts";
import {dedupeKey} from "../figures/dedupe.ts";
import {figuresInSentence} from "../figures/extract.ts";
import {ArticleRelease} from "../figures/article-context.ts";
import {deadPartsOfHostages, inheritDefiniteCounts, partsAmongThem} from "../figures/same-group.ts";
import {partsAmongCounted} from "../figures/among-counted.ts";
import {numberAtCategories} from "../figures/number-at.ts";

/** Sentence kinds whose numbers are never figures (photo credits, site furniture). */
const SKIP_KINDS = new Set(["credit", "boilerplate"]);
/* No separate prefilter: scanNumbers starts with a cheap first-word regex. */
const NONE: never[] = [];

/**
 * The article's figures while they are collected, reused by every article; the answer is a copy at its final size
 * (`slice`). Why not a fresh `[]` per article: the lists live to the end of the run, so V8 soon decides to allocate
 * that literal's arrays in the old generation, and the decision threw away the compiled sentenceFigures mid-run
 * ("code dependencies" in --trace-deopt; see FigureRecord for the figures themselves); a copy made by `slice` has no
 * allocation site to decide about. Not re-entrant: nothing called while it is filled may run stage 05 again.
 */
const FIGURES: Figure[] = [];

/**
 * Each sentence's dates or mentions, as the list's own order has them: a sorted list (by sentence, as stages 03
 * and 04 write them) is read by ranges, found by binary search and copied at their exact size, only for sentences
 * that have some; any other order is grouped in a Map once. Why not always the Map: one grown array per sentence
 * (room for 17 items at the first push) and a Map per article were a tenth of the stage's allocation.
 * One class per item type (DateRanges, MentionRanges): one generic function read both object shapes, and its
 * optimised code was thrown away and compiled again at the first article with both.
 */
class DateRanges {
  declare private readonly items: DateMention[];
  declare private readonly byIndex: Map<number, DateMention[]> | null;

  constructor(items: DateMention[]) {
    this.items = items;
    let sorted = true;
    // `!(a <= b)`, not `a > b`: a NaN index leaves the list unsorted (the Map keys NaN as one sentence, as before).
    for (let k = 1; k < items.length && sorted; k++) sorted = items[k - 1].sentenceIndex <= items[k].sentenceIndex;
    if (items.length === 1 && Number.isNaN(items[0].sentenceIndex)) sorted = false;
    this.byIndex = sorted ? null : groupDates(items);
  }

  /** The items of sentence `index`, in list order (NONE when there are none). */
  of(index: number): DateMention[] {
    if (this.byIndex !== null) return this.byIndex.get(index) ?? NONE;
    const items = this.items;
    const lo = firstAtLeast(items, index);
    let hi = lo;
    while (hi < items.length && items[hi].sentenceIndex === index) hi++;
    return hi === lo ? NONE : items.slice(lo, hi);
  }
}

/** The mentions of each sentence (see DateRanges). */
class MentionRanges {
  declare private readonly items: Mention[];
  declare private readonly byIndex: Map<number, Mention[]> | null;

  constructor(items: Mention[]) {
    this.items = items;
    let sorted = true;
    for (let k = 1; k < items.length && sorted; k++) sorted = items[k - 1].sentenceIndex <= items[k].sentenceIndex;
    if (items.length === 1 && Number.isNaN(items[0].sentenceIndex)) sorted = false;
    this.byIndex = sorted ? null : groupMentions(items);
  }

  of(index: number): Mention[] {
    if (this.byIndex !== null) return this.byIndex.get(index) ?? NONE;
    const items = this.items;
    const lo = firstAtLeast(items, index);
    let hi = lo;
    while (hi < items.length && items[hi].sentenceIndex === index) hi++;
    return hi === lo ? NONE : items.slice(lo, hi);
  }
}

/** The first position of a list sorted by sentenceIndex whose index is at least `index` (the length when none). */
function firstAtLeast(items: readonly {sentenceIndex: number}[], index: number): number {
  let a = 0;
  let b = items.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (items[mid].sentenceIndex < index) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Dates grouped by sentence in a Map, for a list not in sentence order. */
function groupDates(items: DateMention[]): Map<number, DateMention[]> {
  const map = new Map<number, DateMention[]>();
  for (const x of items) {
    const list = map.get(x.sentenceIndex);
    if (list) list.push(x);
    else map.set(x.sentenceIndex, [x]);
  }
  return map;
}

/** Mentions grouped by sentence in a Map (see groupDates). */
function groupMentions(items: Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const x of items) {
    const list = map.get(x.sentenceIndex);
    if (list) list.push(x);
    else map.set(x.sentenceIndex, [x]);
  }
  return map;
}

/**
 * The figures of each sentence, with identical figures in identical context kept once. A function of its own, not
 * part of findFigures: the article passes after it meet their rare branches late in a run (a dead part of
 * hostages, a count "among them"), and each such first time throws away the optimised code of the function they
 * are inlined into and compiles it again; that is now findFigures, a small function, not this loop and the
 * extraction inlined into it.
 */
function sentenceFigures(article: Article, sentences: Sentence[], datesBy: DateRanges, mentionsBy: MentionRanges): Figure[] {
  // Emptied first as well: a stage failure (caught per article) may have left some behind.
  FIGURES.length = 0;
  const out = FIGURES;
  const byQuote = new Map<string, [Figure, Sentence] | Set<string>>();
  // Counted only if some figure needs it (see ArticleRelease).
  const release = new ArticleRelease(article.text);
  // Indexed loops, not for-of: TurboFan compiles an array iterator into the loop for each for-of, and this function is
  // compiled for every cold run (compiler zone 8.1 -> 6.4 MB with these loops and the Set below).
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.repeatOf !== null && s.repeatOf !== undefined) continue;
    if (SKIP_KINDS.has(s.kind)) continue;
    // Offsets must index the article text; a sentence that does not is skipped rather than mis-quoted. The length
    // is checked first, so a hand-made sentence of the wrong length never reaches the extraction (whose exception
    // would cost the whole article its figures); the text itself is compared only for a sentence with figures (two
    // in three have none), which is the same: a skipped sentence adds none.
    // (A slice compare is ~2× faster than startsWith here; startsWith keeps its clamping for a negative start.)
    if (s.end - s.start !== s.text.length) continue;
    const figures = figuresInSentence(s, datesBy.of(s.index), mentionsBy.of(s.index), release);
    if (figures.length === 0) continue;
    if (!(s.start >= 0 ? article.text.slice(s.start, s.end) === s.text : article.text.startsWith(s.text, s.start))) continue;
    for (let k = 0; k < figures.length; k++) {
      const f = figures[k];
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
        // Filled by add, not from an array: the Set constructor's iteration was inlined into this loop's compile.
        keys = new Set<string>();
        keys.add(dedupeKey(same[0], same[1]));
        byQuote.set(f.quote, keys);
      }
      const key = dedupeKey(f, s);
      if (keys.has(key)) continue;
      keys.add(key);
      out.push(f);
    }
  }
  const figures = out.slice();
  // Hold no article's figures past the call.
  FIGURES.length = 0;
  return figures;
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
  const out = sentenceFigures(article, sentences, new DateRanges(dates), new MentionRanges(mentions));
  inheritDefiniteCounts(article.text, out, sentences);
  deadPartsOfHostages(article.text, out);
  partsAmongThem(article.text, out);
  partsAmongCounted(article.text, out);
  numberAtCategories(out);
  return out;
}
