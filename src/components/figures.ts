/**
 * Figures page: each outlet's reported value for one comparable figure (category × group)
 * against its report date, hedges as glyphs, ranges as bars; and the discrepancy table.
 */
import * as Plot from "@observablehq/plot";
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
  Partial<Pick<FigureRow, "modality" | "vague">>;

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
 * Pairs of comparable figures from different outlets, reported ≤ maxDays apart, whose
 * allowed ranges do not overlap (hedges widen the range, so "over 12" and "14" agree).
 * @example discrepancies(figures).length
 */
export function discrepancies<F extends FigureLike>(figures: F[], {maxDays = 14, limit = 500}: {maxDays?: number; limit?: number} = {}): Discrepancy<F>[] {
  const out: Discrepancy<F>[] = [];
  for (const {key, rows: all} of comparableGroups(figures)) {
    // Sorted by report date, each figure is compared only with those in the next maxDays
    // (a sliding window), not with the whole group: 20,000 figures stay fast.
    const rows = all
      .map((f) => ({f, t: dayOf(reportDate(f))}))
      .filter((x): x is {f: F; t: Date} => x.t !== null)
      .sort((x, y) => +x.t - +y.t);
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length && (+rows[j].t - +rows[i].t) / 864e5 <= maxDays; j++) {
        const a = rows[i].f;
        const b = rows[j].f;
        if (outletKey(a) === outletKey(b)) continue;
        const days = (+rows[j].t - +rows[i].t) / 864e5;
        const x = bounds(a);
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
 * One chart for one comparable figure.
 * @example figureChart(rows, {width: 640, key: "killed", outletNames})
 */
export function figureChart<F extends FigureLike>(
  rows: F[],
  {width, key, log = false, outletNames = new Map(), color, onSelect}: {
    width: number;
    key: string;
    log?: boolean;
    outletNames?: Map<string, string>;
    color?: {domain: string[]; range: string[]};
    onSelect?: (rows: F[]) => void;
  }
): HTMLElement {
  // Identical reports (same outlet, report date, value and hedge) share one glyph, so a
  // 10,000-article corpus draws hundreds of marks, not tens of thousands; a click lists them all.
  const merged = new Map<string, F[]>();
  for (const f of rows) {
    const key = [outletKey(f), reportDate(f), f.value, f.low, f.high, hedgeOf(f)].join("|");
    const list = merged.get(key);
    if (list) list.push(f);
    else merged.set(key, [f]);
  }
  const points = [...merged.values()]
    .map((fs) => ({f: fs[0], rows: fs, day: dayOf(reportDate(fs[0])), y: fs[0].value ?? ((fs[0].low ?? 0) + (fs[0].high ?? 0)) / 2, hedge: hedgeOf(fs[0]), outlet: outletKey(fs[0])}))
    .filter((p) => p.day !== null);
  const undated = rows.filter((f) => !dayOf(reportDate(f))).length;
  const articles = new Set(rows.map((f) => f.article_id)).size;
  const caption =
    `Each glyph is one outlet's report: ● exact, ▲ "over/more than", ▼ "nearly/up to", ≈ "about/some", a bar for a range; ` +
    `from ${plural(articles, "article")}` + (undated ? ` (${undated} undated, not shown).` : ".");
  const title = key.replace(/_/g, " ");
  if (points.length === 0) return frame(null, {title, caption, empty: "None of these reports has a date."});
  const label = (p: {f: F; rows: F[]; outlet: string}) =>
    `${outletNames.get(p.outlet) ?? p.outlet}, ${reportDate(p.f)}: “${p.f.quote}”` +
    (p.f.attribution ? ` — according to ${p.f.attribution}` : "") +
    (p.rows.length > 1 ? ` (${p.rows.length} reports)` : "");

  // Pad the date axis to at least a week so one-day spans do not get hour ticks.
  const times = points.map((p) => +p.day!);
  const mid = (Math.min(...times) + Math.max(...times)) / 2;
  const half = Math.max(3.5 * 864e5, (Math.max(...times) - Math.min(...times)) / 2 + 864e5);
  // Reports with the same date and value would hide each other: spread them 12 px apart.
  const msPerPx = (2 * half) / Math.max(100, width - 70);
  const stacks = new Map<string, number>();
  for (const p of points) stacks.set(`${+p.day!}|${p.y}`, (stacks.get(`${+p.day!}|${p.y}`) ?? 0) + 1);
  const placedIn = new Map<string, number>();
  const placed = points.map((p) => {
    const key = `${+p.day!}|${p.y}`;
    const n = stacks.get(key)!;
    const k = placedIn.get(key) ?? 0;
    placedIn.set(key, k + 1);
    return {...p, x: new Date(+p.day! + (k - (n - 1) / 2) * 12 * msPerPx)};
  });
  const ranges = placed.filter((p) => p.hedge === "range");
  const glyphs = placed.filter((p) => p.hedge !== "range");
  const top = Math.max(...points.map((p) => p.f.high ?? p.y)) * 1.12;
  const positive = log && points.every((p) => (p.f.low ?? p.y) > 0);
  const chart = Plot.plot({
    width,
    height: 220,
    marginLeft: 50,
    marginRight: 20,
    x: {type: "utc", label: "Report date (as of / published)", grid: true, domain: [new Date(mid - half), new Date(mid + half)], ticks: Math.max(2, Math.floor(width / 110)), tickFormat: "%b %-d"},
    y: positive
      ? {type: "log", label: "Reported number", grid: true, domain: [Math.min(...points.map((p) => p.f.low ?? p.y)) / 1.5, top]}
      : {type: "linear", label: "Reported number", grid: true, domain: [0, top], nice: true},
    color: color ?? {type: "categorical", scheme: "observable10"},
    marks: [
      Plot.ruleX(ranges, {x: "x", y1: (p) => p.f.low, y2: (p) => p.f.high, stroke: "outlet", strokeWidth: 4, title: label, ...clickable(ranges, onSelect && ((p) => onSelect(p.rows)), label)}),
      Plot.text(glyphs, {
        x: "x",
        y: "y",
        text: (p) => HEDGE_GLYPHS[p.hedge as Hedge],
        fill: "outlet",
        fontSize: 16,
        fontWeight: "bold",
        title: label,
        ...clickable(glyphs, onSelect && ((p) => onSelect(p.rows)), label)
      })
    ]
  });
  return frame(chart, {title, caption});
}
