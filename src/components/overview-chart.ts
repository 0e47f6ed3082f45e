/**
 * Overview page chart: articles per outlet and day (Plot, loaded from the vendored npm: bundle).
 * Kept apart from the pure helpers so unit tests (Node) import those without Plot.
 */
// npm: (not the bare name): Framework serves the one vendored bundle instead of ~40 node_modules modules.
import * as Plot from "npm:@observablehq/plot";
import {el} from "./dom.js";
import {dayOf} from "./dates.js";
import {frame, plural} from "./frame.js";
import {outletKey, type OutletInfo} from "./filter.js";
import {clickable} from "./marks.js";
import {outletColor} from "./palette.js";
import {articleCells, type ArticleLike, type DayCell} from "./overview.js";

/**
 * Dot chart: one row per outlet, one dot per publication day sized by article count.
 * @example articlesChart(articles, {width: 640, outlets})
 */
export function articlesChart<A extends ArticleLike>(
  articles: A[],
  {width, outlets, total = articles.length, onSelect}: {width: number; outlets: OutletInfo[]; total?: number; onSelect?: (cell: DayCell<A>) => void}
): HTMLElement {
  const names = new Map(outlets.map((o) => [o.id, o.name]));
  const cells = articleCells(articles, names);
  const undated = articles.filter((a) => !dayOf(a.published)).length;
  const caption =
    `Each dot is one outlet's articles on one day, sized by count; from ${plural(articles.length, "article")}` +
    (undated ? ` (${undated} undated, not shown).` : ".");
  if (cells.length === 0) {
    return frame(null, {title: "Articles by outlet and date", caption, empty: articles.length ? "No article has a publication date." : total ? "No articles match the outlet filter." : "The corpus is empty: drop articles into data/corpus/ and rebuild."});
  }
  const rows = new Set(cells.map((c) => c.name)).size;
  const chart = Plot.plot({
    width,
    height: Math.max(120, rows * 28 + 60),
    // Room for the longest outlet name (~6.5 px per character at 10 px), at most 45 % of the width.
    marginLeft: Math.min(width * 0.45, 12 + 6.5 * Math.max(...cells.map((c) => c.name.length))),
    x: {type: "utc", label: "Published", grid: true, inset: 16, ticks: Math.max(2, Math.floor(width / 120))},
    y: {label: null},
    r: {range: [4, 14]},
    color: outletColor(outlets.map((o) => o.id)),
    marks: [
      Plot.dot(cells, {
        x: "day",
        y: "name",
        r: "n",
        fill: "outlet",
        fillOpacity: 0.8,
        stroke: "currentColor",
        strokeWidth: 0.5,
        title: (d: DayCell<A>) => `${d.name}, ${d.day.toISOString().slice(0, 10)}: ${plural(d.n, "article")}`,
        ...clickable(cells, onSelect, (d) => `${d.name} ${d.day.toISOString().slice(0, 10)}, ${plural(d.n, "article")}`)
      })
    ]
  });
  return frame(chart, {title: "Articles by outlet and date", caption});
}
