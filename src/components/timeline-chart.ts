/**
 * Timeline page chart (Plot, loaded from the vendored npm: bundle).
 * Kept apart from the pure helpers so unit tests (Node) import those without Plot.
 */
// npm: (not the bare name): Framework serves the one vendored bundle instead of ~40 node_modules modules.
import * as Plot from "npm:@observablehq/plot";
import {dateSpan} from "./dates.js";
import {excerpt} from "./excerpt.js";
import {frame, plural} from "./frame.js";
import {outletKey} from "./filter.js";
import {clickable} from "./marks.js";
import {byActor, countLabels, eventClusters, type Cluster, type EventLike} from "./timeline.js";

/**
 * The timeline chart.
 * @example timelineChart(events, {width: 800})
 */
export function timelineChart<E extends EventLike>(
  events: E[],
  {width, lanes = "type", actorNames = new Map(), outletNames = new Map(), domain = null, articleCount, onSelect}: {
    width: number;
    lanes?: "type" | "actor";
    actorNames?: Map<string, string>;
    outletNames?: Map<string, string>;
    domain?: [Date, Date] | null;
    articleCount: number;
    onSelect?: (c: Cluster<E>) => void;
  }
): HTMLElement {
  const {dated, undated} = eventClusters(events);
  let shown = lanes === "actor" ? byActor(dated, actorNames) : dated;
  if (domain) shown = shown.filter((c) => c.end > domain[0] && c.start <= domain[1]);
  const title = lanes === "actor" ? "Events by actor" : "Events by type";
  const caption =
    `Each mark is one event as merged across outlets: a dot when the day is known, a bar across the month or year otherwise; ` +
    `size, shade and the number above (when two or more) = outlets that reported it. ${plural(dated.length, "dated event")}` +
    (undated.length ? ` (${undated.length} undated, not shown)` : "") +
    ` from ${plural(articleCount, "article")}.`;
  if (shown.length === 0) {
    return frame(null, {title, caption, empty: events.length ? "No dated event in this selection or date range." : "No events were extracted from the selected articles."});
  }
  const laneCount = new Set(shown.map((c) => c.lane)).size;
  const days = shown.filter((c) => c.precision === "day");
  const spans = shown.filter((c) => c.precision !== "day");
  const describe = (c: Cluster<E>) =>
    `${c.type} ${c.start.toISOString().slice(0, c.precision === "day" ? 10 : c.precision === "month" ? 7 : 4)}: ${excerpt(c.label, 140)}\n` +
    `Reported by ${c.outlets.map((o) => outletNames.get(o) ?? o).join(", ")}`;
  const marginLeft = Math.min(140, width / 3.5);
  const marginRight = 20;
  const inset = 16;
  // The x scale as Plot will draw it, so count labels can be kept apart in pixels before plotting.
  const [x0, x1] = domain ?? [new Date(Math.min(...shown.map((c) => +c.start))), new Date(Math.max(...shown.map((c) => +c.end)))];
  const span = Math.max(1, +x1 - +x0);
  const px = (d: Date) => ((+d - +x0) / span) * Math.max(1, width - marginLeft - marginRight - 2 * inset);
  const labelled = countLabels(days, px);
  const chart = Plot.plot({
    width,
    height: Math.max(140, laneCount * 44 + 74),
    marginLeft,
    marginRight,
    // Room for two-line ticks ("Jan" over "2026") and the axis label under them, which otherwise overlap.
    marginBottom: 44,
    // inset ≥ the largest dot radius: marks are clipped to the frame, so a dot on the first or
    // last day of the range would otherwise be cut in half.
    x: {type: "utc", label: "Date of the event", grid: true, inset, ...(domain ? {domain} : {})},
    y: {label: null, padding: 0.3},
    r: {range: [5, 14], domain: [1, Math.max(2, ...shown.map((c) => c.outlets.length))]},
    color: {type: "sequential", scheme: "blues", domain: [0, Math.max(2, ...shown.map((c) => c.outlets.length))], legend: false},
    marks: [
      Plot.barX(spans, {
        x1: "start",
        x2: "end",
        y: "lane",
        insetTop: 12,
        insetBottom: 12,
        clip: true,
        fill: (c: Cluster<E>) => c.outlets.length,
        stroke: "currentColor",
        strokeOpacity: 0.5,
        title: describe,
        ...clickable(spans, onSelect, (c) => describe(c).replace("\n", ". "))
      }),
      Plot.dot(days, {
        x: "start",
        y: "lane",
        r: (c: Cluster<E>) => c.outlets.length,
        fill: (c: Cluster<E>) => c.outlets.length,
        stroke: "currentColor",
        clip: true,
        title: describe,
        ...clickable(days, onSelect, (c) => describe(c).replace("\n", ". "))
      }),
      Plot.text(labelled, {x: "start", y: "lane", text: (c: Cluster<E>) => String(c.outlets.length), dy: -21, fontSize: 10, fill: "currentColor", clip: true})
    ]
  });
  return frame(chart, {title, caption});
}
