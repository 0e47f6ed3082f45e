/**
 * The span a count covers ("over 15 months", "since October 7", "in the past 24 hours",
 * "since the war began") and the date it is given as of ("as of Wednesday", or a date mention in the
 * same clause). Phrases are found once per sentence; each figure takes the nearest one.
 */
import type {DateMention} from "../types.ts";
import {UNITS, TENS} from "../model/number-words.ts";
import {firstFrom} from "./sorted.ts";
import {sortSmall} from "../util/sort-small.ts";

const NUM = `(?:\\d[\\d,.]*|${[...Object.keys(UNITS), ...Object.keys(TENS)].join("|")}|a few|several|many|a couple of)`;
const UNIT = "(?:hours?|days?|weeks?|months?|years?|decades?)";
const PERIODS: RegExp[] = [
  new RegExp(`\\b(?:in|over|during|within|for|across)[ \\t]+the[ \\t]+(?:past|last|previous|first|preceding)[ \\t]+(?:${NUM}[ \\t]+)?${UNIT}\\b`, "gi"),
  new RegExp(`\\b(?:over|in|during|within|across|after)[ \\t]+(?:more[ \\t]+than[ \\t]+|nearly[ \\t]+|almost[ \\t]+|about[ \\t]+)?${NUM}[ \\t]+${UNIT}(?:[ \\t]+of[ \\t]+(?:war|fighting|conflict|hostilities|clashes|violence|protests?))?\\b`, "gi"),
  /\bsince[ \t]+(?:the[ \t]+)?[^,;:.()"“”\n]{2,50}?(?=[,;:.()"“”\n]|[ \t](?:and|but|when|while|as|according|officials|the[ \t]+ministry)\b|$)/gi,
  /\b(?:so far|to date|thus far)(?:[ \t]+(?:this|in the)[ \t]+(?:year|month|week|war|conflict))?\b/gi
];
/**
 * What each PERIODS pattern cannot match without: the first two a time unit after a blank (" days",
 * not "Monday"), the first also "the past/last/…" after a blank; the third "since"; the fourth "so far",
 * "to date" or "thus far". One scan finds which of these the sentence has, so only the patterns that can
 * match run (most sentences with figures need none: "on Monday" no longer runs all four).
 */
const PERIOD_KEYS = /[ \t]((?:hour|day|week|month|year|decade)s?\b)|[ \t](the[ \t]+(?:past|last|previous|first|preceding)[ \t])|\b(since)|\b(so far|to date|thus far)|\b(as[ \t]+(?:of|at))(?=[ \t])/gi;
const UNIT_KEY = 1;
const PAST_KEY = 2;
const SINCE_KEY = 4;
const SO_FAR_KEY = 8;
/** "as of"/"as at" then a blank, which AS_OF cannot match without (not consumed: "as of days …" keeps its unit key). */
const AS_OF_KEY = 16;
const ALL_KEYS = 31;
/** The keys (bits) each PERIODS pattern needs, in order. */
const PERIOD_NEEDS = [UNIT_KEY | PAST_KEY, UNIT_KEY, SINCE_KEY, SO_FAR_KEY];

/** Which PERIOD_KEYS groups occur in `t` (a bit each). */
function periodKeys(t: string): number {
  let keys = 0;
  PERIOD_KEYS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (keys !== ALL_KEYS && (m = PERIOD_KEYS.exec(t))) {
    keys |= m[1] !== undefined ? UNIT_KEY : m[2] !== undefined ? PAST_KEY : m[3] !== undefined ? SINCE_KEY : m[4] !== undefined ? SO_FAR_KEY : AS_OF_KEY;
    // "the past days": the blank that ends a "the past" key may start a unit key.
    if (m[2] !== undefined) PERIOD_KEYS.lastIndex = m.index + m[0].length - 1;
  }
  return keys;
}
const AS_OF = /\bas[ \t]+(?:of|at)[ \t]+[^,;:.()"“”\n]{2,40}?(?=[,;:()"“”\n]|\.(?:\s|$)|$)/gi;
const DAYS_OF_CAPTIVITY = new RegExp(`^(?:after|in)[ \\t]`, "i");

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Period phrases of a sentence (local offsets). Long inputs are read in a bounded prefix.
 *
 * @example findPeriods("killed over 15 months.").map((p) => p.text) // ["over 15 months"]
 */
export function findPeriods(text: string): Span[] {
  const t = text.length > 4000 ? text.slice(0, 4000) : text;
  return periodsIn(t, periodKeys(t));
}

/** Ascending start, the longest first at one start. */
function startThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** The period phrases of the bounded text `t` whose PERIOD_KEYS are `keys`. */
function periodsIn(t: string, keys: number): Span[] {
  const out: Span[] = [];
  if ((keys & ~AS_OF_KEY) === 0) return out;
  for (let k = 0; k < PERIODS.length; k++) {
    if ((keys & PERIOD_NEEDS[k]) !== PERIOD_NEEDS[k]) continue;
    const re = PERIODS[k];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const txt = m[0].trim();
      if (!txt) continue;
      out.push({start: m.index, end: m.index + m[0].length, text: txt});
    }
  }
  sortSmall(out, startThenLongest);
  // Drop spans inside a longer one (sorted by start, longest first at equal start).
  const kept: Span[] = [];
  let maxEnd = -1;
  for (const p of out) {
    if (p.end <= maxEnd) continue;
    kept.push(p);
    maxEnd = p.end;
  }
  return kept;
}

/**
 * "as of …" phrases of a sentence (local offsets).
 *
 * @example findAsOf("3,400 had been killed as of Wednesday.")[0].text // "as of Wednesday"
 */
export function findAsOf(text: string): Span[] {
  const t = text.length > 4000 ? text.slice(0, 4000) : text;
  return asOfIn(t);
}

/** The "as of …" phrases of the bounded text `t`. */
function asOfIn(t: string): Span[] {
  const out: Span[] = [];
  AS_OF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AS_OF.exec(t))) out.push({start: m.index, end: m.index + m[0].length, text: m[0].trim()});
  return out;
}

/**
 * findPeriods and findAsOf of one sentence, with one PERIOD_KEYS scan: most sentences have neither, and
 * AS_OF runs only when "as of"/"as at" is there.
 *
 * @example periodsAndAsOf("3,400 killed over 15 months as of Wednesday.").asOfs[0].text // "as of Wednesday"
 */
export function periodsAndAsOf(text: string): {periods: Span[]; asOfs: Span[]} {
  const t = text.length > 4000 ? text.slice(0, 4000) : text;
  const keys = periodKeys(t);
  return {periods: periodsIn(t, keys), asOfs: (keys & AS_OF_KEY) !== 0 ? asOfIn(t) : []};
}

function distance(s: Span, start: number, end: number): number {
  return s.end <= start ? start - s.end : s.start >= end ? s.start - end : 0;
}

/**
 * Nearest period for a figure at [start, end) within [lo, hi); spans overlapping `exclude` (another
 * figure) or counting captivity days ("after 498 days") are skipped.
 *
 * @example pickPeriod(findPeriods("killed 40 people over six months"), 7, 16, 0, 32, [])?.text // "over six months"
 */
export function pickPeriod(periods: Span[], start: number, end: number, lo: number, hi: number, exclude: [number, number][]): Span | null {
  let best: Span | null = null;
  let bestD = Infinity;
  for (let i = Math.max(0, firstFrom(periods, lo) - 1); i < periods.length && periods[i].start < hi; i++) {
    const p = periods[i];
    if (p.end <= lo) continue;
    if (p.start < end && p.end > start) continue;
    if (overlapsPair(exclude, p.start, p.end)) continue;
    if (DAYS_OF_CAPTIVITY.test(p.text) && /captiv/i.test(p.text)) continue;
    const d = distance(p, start, end);
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best;
}

/**
 * as_of for a figure: an "as of …" phrase in its clause (resolved through a date mention inside it when
 * one exists), else the nearest date mention in its comma clause `dateWindow` (its resolved date, else its text).
 * `dates` carry local offsets here (already shifted by the caller).
 *
 * @example pickAsOf(findAsOf(text), [], 10, 16, 0, text.length)
 */
export function pickAsOf(asOf: Span[], dates: {start: number; end: number; text: string; date: string | null}[], start: number, end: number, lo: number, hi: number, periodSpans: Span[], dateWindow: [number, number] = [lo, hi]): string | null {
  for (let i = Math.max(0, firstFrom(asOf, lo) - 1); i < asOf.length && asOf[i].start < hi; i++) {
    const a = asOf[i];
    if (a.end <= lo) continue;
    const inside = firstInside(dates, a.start, a.end);
    if (inside) return dateValue(inside);
    return a.text.replace(/^as[ \t]+(?:of|at)[ \t]+/i, "");
  }
  // Plain dates count only inside the figure's comma clause (`dateWindow`): in "the attack on Oct. 7,
  // killing 1,300" the date is the attack's, not the count's.
  [lo, hi] = dateWindow;
  let best: (typeof dates)[number] | null = null;
  let bestD = Infinity;
  // `dates` are sorted by start (see extract.ts): only the clause's dates are visited.
  for (let i = Math.max(0, firstFrom(dates, lo) - 1); i < dates.length && dates[i].start < hi; i++) {
    const d = dates[i];
    if (d.end <= lo) continue;
    if (d.start < end && d.end > start) continue;
    if (overlapsSpan(periodSpans, d.start, d.end)) continue;
    const dist = d.end <= start ? start - d.end : d.start - end;
    if (dist < bestD) {
      bestD = dist;
      best = d;
    }
  }
  return best ? dateValue(best) : null;
}

/*
 * The three loops below are the `some` / `find` calls pickPeriod and pickAsOf made with arrow callbacks (one with an
 * array-destructuring parameter): the same answer, the first match in order. TurboFan inlined each builtin and its
 * callback into emitFigures, which calls both for every figure.
 */

/** Whether [start, end) overlaps one of the [a, b) pairs ("pairs.some(([a, b]) => start < b && end > a)"). */
function overlapsPair(pairs: [number, number][], start: number, end: number): boolean {
  for (let k = 0; k < pairs.length; k++) if (start < pairs[k][1] && end > pairs[k][0]) return true;
  return false;
}

/** Whether [start, end) overlaps one of the spans ("spans.some((p) => start < p.end && end > p.start)"). */
function overlapsSpan(spans: Span[], start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k++) if (start < spans[k].end && end > spans[k].start) return true;
  return false;
}

/** The first date inside [start, end] ("dates.find((d) => d.start >= start && d.end <= end)"), or undefined. */
function firstInside<D extends {start: number; end: number}>(dates: D[], start: number, end: number): D | undefined {
  for (let k = 0; k < dates.length; k++) if (dates[k].start >= start && dates[k].end <= end) return dates[k];
  return undefined;
}

/**
 * A date mention's value: its resolved date, else its text ("last week" has no date). Both fields are read every
 * time, which is the same value as `d.date ?? d.text`: with `??` the `text` read had never run when pickAsOf was
 * first optimised (every date resolved), so the first unresolved date deopted it.
 */
function dateValue(d: {text: string; date: string | null}): string {
  const {date, text} = d;
  return date ?? text;
}

export type {DateMention};
