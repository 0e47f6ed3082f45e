/**
 * Outlets page chart: the coverage matrix (Plot, loaded from the vendored npm: bundle).
 * Kept apart from the pure helpers so unit tests (Node) import those without Plot.
 */
// npm: (not the bare name): Framework serves the one vendored bundle instead of ~40 node_modules modules.
import * as Plot from "npm:@observablehq/plot";
import {el} from "./dom.js";
import {excerpt} from "./excerpt.js";
import {frame, plural} from "./frame.js";
import {outletKey} from "./filter.js";
import {clickable} from "./marks.js";
import {eventClusters, type EventLike} from "./timeline.js";
import {type CoverageCell} from "./outlets.js";

/**
 * Coverage matrix: which outlet reported which event (cell = number of mentions).
 * @example coverageChart(events, {width: 800, outletNames, articleCount: 5})
 */
export function coverageChart<E extends EventLike>(
  events: E[],
  {width, outletNames, articleCount, maxEvents = 40, onSelect}: {width: number; outletNames: Map<string, string>; articleCount: number; maxEvents?: number; onSelect?: (c: CoverageCell<E>) => void}
): HTMLElement {
  const {dated, undated} = eventClusters(events);
  const clusters = [
    ...dated.map((c) => ({id: c.cluster_id, rows: c.rows, label: `${c.start.toISOString().slice(0, c.precision === "day" ? 10 : c.precision === "month" ? 7 : 4)} ${c.type}`})),
    ...undated.map((rows) => ({id: rows[0].cluster_id, rows, label: `undated ${rows[0].type}`}))
  ]
    .sort((a, b) => new Set(b.rows.map(outletKey)).size - new Set(a.rows.map(outletKey)).size)
    .slice(0, maxEvents)
    .sort((a, b) => a.label.localeCompare(b.label));
  const cells: CoverageCell<E>[] = [];
  const seenLabels = new Map<string, number>();
  for (const c of clusters) {
    // Two events of the same type on the same day need distinct column labels.
    const n = (seenLabels.get(c.label) ?? 0) + 1;
    seenLabels.set(c.label, n);
    const label = n > 1 ? `${c.label} #${n}` : c.label;
    const byOutlet = new Map<string, E[]>();
    for (const r of c.rows) byOutlet.set(outletKey(r), [...(byOutlet.get(outletKey(r)) ?? []), r]);
    for (const [outlet, rows] of byOutlet) cells.push({outlet, name: outletNames.get(outlet) ?? outlet, cluster: c.id, label, n: rows.length, rows});
  }
  const title = "Which outlet reported which event";
  const caption = `Rows are outlets, columns the ${plural(clusters.length, "event")} reported by most outlets (of ${dated.length + undated.length}); a filled cell means the outlet reported it, darker = more mentions. From ${plural(articleCount, "article")}.`;
  if (cells.length === 0) return frame(null, {title, caption, empty: "No events in this selection."});
  const outletCount = new Set(cells.map((c) => c.outlet)).size;
  const chart = Plot.plot({
    width: Math.max(width, clusters.length * 18 + 180),
    height: outletCount * 26 + 170,
    marginLeft: 140,
    marginBottom: 150,
    x: {label: null, tickRotate: -50, domain: [...new Set(cells.map((c) => c.label))]},
    y: {label: null},
    color: {scheme: "blues", type: "linear", domain: [0, Math.max(2, ...cells.map((c) => c.n))]},
    marks: [
      Plot.cell(cells, {x: "label", y: "name", fill: "n", inset: 1, title: (c: CoverageCell<E>) => `${c.name} · ${c.label}: ${plural(c.n, "mention")}\n${excerpt(c.rows[0].description, 140)}`, ...clickable(cells, onSelect, (c) => `${c.name}, ${c.label}, ${plural(c.n, "mention")}`)})
    ]
  });
  return frame(el("div", {class: "np-scroll"}, chart), {title, caption});
}
