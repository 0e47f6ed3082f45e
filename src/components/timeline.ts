/**
 * Timeline: event clusters on a time axis. A day-precise cluster is a dot; a month- or
 * year-precise one is a bar across the span it could fall in. Lanes are event types (or actors).
 */
import {dateSpan} from "./dates.js";
import {frame, plural} from "./frame.js";
import {outletKey} from "./filter.js";
import {clickable} from "./marks.js";

export interface EventLike {
  event_id: string;
  article_id: string;
  outlet: string | null;
  cluster_id: string;
  type: string;
  date: string | null;
  date_precision: string | null;
  actors: string[];
  description: string;
  modality?: string;
}

export interface Cluster<E> {
  cluster_id: string;
  type: string;
  lane: string;
  start: Date;
  end: Date;
  precision: "day" | "month" | "year";
  outlets: string[];
  rows: E[];
  label: string;
}

const RANK = {day: 0, month: 1, year: 2} as const;

/**
 * Merges event rows into clusters, dated by their most precise member date (the earliest of
 * those), and returns the undated ones separately.
 * @example eventClusters(events).dated.length
 */
export function eventClusters<E extends EventLike>(events: E[]): {dated: Cluster<E>[]; undated: E[][]} {
  const groups = new Map<string, E[]>();
  for (const e of events) {
    const list = groups.get(e.cluster_id) ?? [];
    list.push(e);
    groups.set(e.cluster_id, list);
  }
  const dated: Cluster<E>[] = [];
  const undated: E[][] = [];
  for (const [cluster_id, rows] of groups) {
    let best: ReturnType<typeof dateSpan> = null;
    for (const r of rows) {
      const span = dateSpan(r.date);
      if (span && (!best || RANK[span.precision] < RANK[best.precision] || (span.precision === best.precision && span.start < best.start))) best = span;
    }
    if (!best) {
      undated.push(rows);
      continue;
    }
    const outlets = [...new Set(rows.map(outletKey))].sort();
    const type = mode(rows.map((r) => r.type));
    dated.push({cluster_id, type, lane: type, start: best.start, end: best.end, precision: best.precision, outlets, rows, label: rows[0].description});
  }
  return {dated: dated.sort((a, b) => +a.start - +b.start), undated};
}

function mode(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * Copies each cluster into one lane per actor (a cluster with two actors appears twice).
 * @example byActor(clusters, new Map([["x", "X"]]))
 */
export function byActor<E extends EventLike>(clusters: Cluster<E>[], names: Map<string, string>, maxLanes = 15): Cluster<E>[] {
  const counts = new Map<string, number>();
  for (const c of clusters) for (const a of new Set(c.rows.flatMap((r) => r.actors))) counts.set(a, (counts.get(a) ?? 0) + 1);
  const top = new Set([...counts].sort((a, b) => b[1] - a[1]).slice(0, maxLanes).map(([a]) => a));
  return clusters.flatMap((c) =>
    [...new Set(c.rows.flatMap((r) => r.actors))].filter((a) => top.has(a)).map((a) => ({...c, lane: names.get(a) ?? a}))
  );
}

/**
 * The day dots whose outlet count is written above them. A dot reported by one outlet carries no
 * number (its size and shade already say one), and in each lane a number is left out when it
 * would stand closer than `minGap` pixels to one already placed, larger counts placed first: two
 * neighbouring dots labelled "1" and "1" read as "11", and "3" beside "2" as "32".
 *
 * @example countLabels(days, (d) => xScale(d), 14)
 */
export function countLabels<E>(days: Cluster<E>[], x: (date: Date) => number, minGap = 14): Cluster<E>[] {
  const byLane = new Map<string, number[]>();
  const kept: Cluster<E>[] = [];
  const order = days.filter((c) => c.outlets.length > 1).sort((a, b) => b.outlets.length - a.outlets.length || +a.start - +b.start);
  for (const c of order) {
    const px = x(c.start);
    const placed = byLane.get(c.lane) ?? [];
    if (placed.some((p) => Math.abs(p - px) < minGap)) continue;
    placed.push(px);
    byLane.set(c.lane, placed);
    kept.push(c);
  }
  return kept;
}
