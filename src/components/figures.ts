/**
 * Figures page: each outlet's reported value for one comparable figure (category × group)
 * against its report date, hedges as glyphs, ranges as bars; and the discrepancy table.
 */
import {dayOf} from "./dates.js";
import {frame, plural} from "./frame.js";
import {outletKey} from "./filter.js";
import {HEDGES_ABOUT, HEDGES_DOWN, HEDGES_UP} from "./hedges.js";
import {clickable} from "./marks.js";
import type {FigureRow} from "../pipeline/tables/rows.ts";

/** The figure columns this view reads (the contract is src/pipeline/tables/rows.ts). */
export type FigureLike = Pick<
  FigureRow,
  "figure_id" | "article_id" | "outlet" | "published" | "as_of" | "value" | "low" | "high" | "qualifier" | "category" | "group_label" | "attribution" | "quote"
> &
  Partial<Pick<FigureRow, "modality" | "vague" | "period" | "sentence">>;

export type Hedge = "up" | "down" | "about" | "range" | "exact";

/** Glyph drawn for each hedge. */
export const HEDGE_GLYPHS: Record<Hedge, string> = {up: "▲", down: "▼", about: "≈", range: "|", exact: "●"};

/**
 * Direction of a hedge word.
 * @example hedgeOf({qualifier: "more than", low: null, high: null}) // "up"
 */
export function hedgeOf(f: Pick<FigureLike, "qualifier" | "low" | "high">): Hedge {
  if (f.low !== null && f.high !== null) return "range";
  const q = (f.qualifier ?? "").toLowerCase().trim();
  if (HEDGES_UP.includes(q)) return "up";
  if (HEDGES_DOWN.includes(q)) return "down";
  if (HEDGES_ABOUT.includes(q)) return "about";
  return "exact";
}

/**
 * Key that makes two figures comparable: same category and group ("killed · civilians").
 * @example comparableKey({category: "killed", group_label: "civilians"}) // "killed · civilians"
 */
export function comparableKey(f: Pick<FigureLike, "category" | "group_label">): string {
  return f.group_label ? `${f.category} · ${f.group_label}` : f.category;
}

/**
 * The report date of a figure: its "as of" date when stated, else the article's date.
 * @example reportDate({as_of: null, published: "2026-03-02"}) // "2026-03-02"
 */
export function reportDate(f: Pick<FigureLike, "as_of" | "published">): string | null {
  return f.as_of ?? f.published;
}

/** Lowest and highest value a figure allows ("20 to 25" → [20, 25]; "14" → [14, 14]). */
function bounds(f: FigureLike): [number, number] | null {
  if (f.low !== null && f.high !== null) return [f.low, f.high];
  if (f.value === null) return null;
  const h = hedgeOf(f);
  // "over 12" is compatible with 14; "nearly 6" with 5; "about 15" with ±10 %.
  if (h === "up") return [f.value, Infinity];
  if (h === "down") return [0, f.value];
  if (h === "about") return [f.value * 0.9, f.value * 1.1];
  return [f.value, f.value];
}

/**
 * Plottable figures (value or range known), grouped by comparable key, most reported first.
 * @example comparableGroups(figures)[0].key
 */
export function comparableGroups<F extends FigureLike>(figures: F[]): {key: string; rows: F[]}[] {
  const groups = new Map<string, F[]>();
  for (const f of figures) {
    if ((f.value === null && (f.low === null || f.high === null)) || f.modality === "hypothetical") continue;
    const key = comparableKey(f);
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups]
    .map(([key, rows]) => ({key, rows, outlets: new Set(rows.map(outletKey)).size}))
    .sort((a, b) => b.outlets - a.outlets || b.rows.length - a.rows.length || a.key.localeCompare(b.key))
    .map(({key, rows}) => ({key, rows}));
}

export interface Discrepancy<F> {
  key: string;
  a: F;
  b: F;
  days: number;
}

/**
 * The range a later report of the same count may take `days` after `f` without contradicting it.
 * Days in captivity go on growing while the captivity lasts (or stop when it ends), so "held for
 * 612 days" on 10 June and "now 618 days" on 16 June agree; a day either side allows for outlets
 * that count the first or the last day differently. Other counts keep their own range.
 *
 * @example grownBy(f, [612, 612], 6) // [611, 619] for captivity days
 */
function grownBy(f: FigureLike, range: [number, number] | null, days: number): [number, number] | null {
  if (!range || f.category !== "captivity_days") return range;
  return [range[0] - 1, range[1] + Math.ceil(days) + 1];
}

/**
 * Whether a figure counts a whole group that another outlet could have counted differently.
 * Two kinds of figure cannot disagree with anything, however far their values lie apart:
 * - a count whose group is unknown ("at least 41 have died" next to "about 35 of them are
 *   dead": both "hostages_dead", but of which hostages?); days in captivity are kept, the day
 *   count itself being the group;
 * - a part of a larger count: "Between 20 and 23 of the hostages still held are alive" or
 *   "All but 21 of the 58 hostages" counts a subset, not the 58.
 *
 * @example wholeCount({...f, quote: "about 35", sentence: "about 35 of them are dead"}) // false
 */
function wholeCount(f: FigureLike): boolean {
  if (!f.group_label && f.category !== "captivity_days") return false;
  const s = f.sentence;
  const at = s ? s.indexOf(f.quote) : -1;
  return at < 0 || !PARTITIVE.test(s!.slice(at + f.quote.length, at + f.quote.length + 12));
}

/** " of the …", " of them" right after a number: the number counts part of a larger group. */
const PARTITIVE = /^\s+of\s+(?:the|them|those|these|whom|which|us)\b/i;

/**
 * Whether two reports of days in captivity can count the same spell. "585 days in captivity"
 * and "forty-one days in a tunnel cell" share the category; a count less than half the other
 * is taken to measure another spell (or another person), not to contradict it.
 */
function sameSpell(a: FigureLike, b: FigureLike): boolean {
  if (a.category !== "captivity_days") return true;
  const x = a.value ?? a.high;
  const y = b.value ?? b.high;
  return x === null || y === null || (Math.min(x, y) * 2 >= Math.max(x, y));
}

/** Periods compared as written, case aside: "since the war began" is not the last week's count. */
function samePeriod(a: FigureLike, b: FigureLike): boolean {
  return (a.period ?? "").trim().toLowerCase() === (b.period ?? "").trim().toLowerCase();
}

/**
 * Pairs of comparable figures from different outlets, reported ≤ maxDays apart, whose
 * allowed ranges do not overlap (hedges widen the range, so "over 12" and "14" agree).
 * Only whole counts of a known group over the same period are compared (wholeCount,
 * samePeriod, sameSpell): a subset, a cumulative total or another captivity is no contradiction.
 * @example discrepancies(figures).length
 */
export function discrepancies<F extends FigureLike>(figures: F[], {maxDays = 14, limit = 500}: {maxDays?: number; limit?: number} = {}): Discrepancy<F>[] {
  const out: Discrepancy<F>[] = [];
  for (const {key, rows: all} of comparableGroups(figures)) {
    // Sorted by report date, each figure is compared only with those in the next maxDays
    // (a sliding window), not with the whole group: 20,000 figures stay fast.
    const rows = all
      .filter(wholeCount)
      .map((f) => ({f, t: dayOf(reportDate(f))}))
      .filter((x): x is {f: F; t: Date} => x.t !== null)
      .sort((x, y) => +x.t - +y.t);
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length && (+rows[j].t - +rows[i].t) / 864e5 <= maxDays; j++) {
        const a = rows[i].f;
        const b = rows[j].f;
        if (outletKey(a) === outletKey(b) || !samePeriod(a, b) || !sameSpell(a, b)) continue;
        const days = (+rows[j].t - +rows[i].t) / 864e5;
        const x = grownBy(a, bounds(a), days);
        const y = bounds(b);
        if (!x || !y || (x[0] <= y[1] && y[0] <= x[1])) continue;
        out.push({key, a, b, days});
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/**
 * Whole-number ticks for a small count axis: people are counted in ones, so an axis up to 2.24
 * ticks 0, 1, 2, not 0, 0.5, 1, 1.5, 2 (and writes "2", not "2.0"). Larger axes keep Plot's own ticks.
 *
 * @example integerTicks(2.24) // {ticks: [0, 1, 2], tickFormat: "d"}
 */
export function integerTicks(top: number): {ticks?: number[]; tickFormat?: string} {
  if (!(top > 0) || top >= 8) return {};
  return {ticks: Array.from({length: Math.floor(top) + 1}, (_, i) => i), tickFormat: "d"};
}
