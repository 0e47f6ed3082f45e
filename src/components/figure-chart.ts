/**
 * Figures page chart: one comparable figure across outlets (Plot, loaded from the vendored npm: bundle).
 * Kept apart from the pure helpers so unit tests (Node) import those without Plot.
 */
// npm: (not the bare name): Framework serves the one vendored bundle instead of ~40 node_modules modules.
import * as Plot from "npm:@observablehq/plot";
import {dayOf} from "./dates.js";
import {frame, plural} from "./frame.js";
import {outletKey} from "./filter.js";
import {HEDGES_ABOUT, HEDGES_DOWN, HEDGES_UP} from "./hedges.js";
import {clickable} from "./marks.js";
import type {FigureRow} from "../pipeline/tables/rows.ts";
import {HEDGE_GLYPHS, hedgeOf, integerTicks, reportDate, type FigureLike, type Hedge} from "./figures.js";

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
  // A day and 8 % of the span either side: on a two-year span one day is under a pixel, and the
  // first and last glyphs sat on the axis line.
  const half = Math.max(3.5 * 864e5, ((Math.max(...times) - Math.min(...times)) / 2) * 1.08 + 864e5);
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
    x: {type: "utc", label: "Report date (as of / published)", grid: true, domain: [new Date(mid - half), new Date(mid + half)], ticks: Math.max(2, Math.floor(width / 110)), tickFormat: half * 2 > 200 * 864e5 ? "%b %Y" : "%b %-d"},
    y: positive
      ? {type: "log", label: "Reported number", grid: true, domain: [Math.min(...points.map((p) => p.f.low ?? p.y)) / 1.5, top]}
      : {type: "linear", label: "Reported number", grid: true, domain: [0, top], nice: true, ...integerTicks(top)},
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
