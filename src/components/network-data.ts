/**
 * Actor network data: interactions aggregated into typed, weighted edges, and a deterministic
 * force layout (initial positions from a hash of actor_id, a fixed number of synchronous ticks),
 * so the same tables always draw the same picture.
 */
import {forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY} from "d3-force";
import {dayOf} from "./dates.js";
import {outletKey} from "./filter.js";
import type {ActorRow, InteractionRow} from "../pipeline/tables/rows.ts";

/** The interaction columns this view reads (the contract is src/pipeline/tables/rows.ts). */
export type InteractionLike = Pick<InteractionRow, "interaction_id" | "article_id" | "outlet" | "source" | "target" | "type" | "date"> & {modality?: string};

/** The actor columns this view reads. */
export type ActorLike = Pick<ActorRow, "actor_id" | "name" | "kind" | "mentions">;

export interface NetNode {
  id: string;
  name: string;
  kind: string;
  mentions: number;
  degree: number;
  x: number;
  y: number;
}

export interface NetLink<I> {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
  outlets: string[];
  rows: I[];
}

/**
 * FNV-1a hash of a string, as an unsigned 32-bit integer.
 * @example hash32("hamas") // 3 649 … (stable)
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Initial position in [-1, 1]² derived from the id, so layouts do not depend on row order.
 * @example seedPosition("hamas") // [0.42, -0.17]
 */
export function seedPosition(id: string): [number, number] {
  const h = hash32(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = 0.2 + 0.8 * ((h >>> 16) / 0x10000);
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

/**
 * Aggregates interactions into edges (one per source, target and type) and the nodes they touch.
 * Rows dated outside [from, to] are dropped (rows without a date use the article's date; with
 * neither they are kept only when no range is set). `modalities` keeps only rows told that way
 * ("reported", "claimed", "planned", "hypothetical"): the page leaves out hypothetical rows by
 * default, since "A never met B" or "A refused to meet B" is no meeting.
 * @example buildNetwork(interactions, actors, {types: ["met"], modalities: ["reported", "claimed"]})
 */
export function buildNetwork<I extends InteractionLike>(
  interactions: I[],
  actors: ActorLike[],
  {types = null, modalities = null, from = null, to = null, published = new Map()}: {types?: string[] | null; modalities?: string[] | null; from?: Date | null; to?: Date | null; published?: Map<string, string | null>} = {}
): {nodes: NetNode[]; links: NetLink<I>[]} {
  const byId = new Map(actors.map((a) => [a.actor_id, a]));
  const typeSet = types ? new Set(types) : null;
  const modalitySet = modalities ? new Set(modalities) : null;
  const links = new Map<string, NetLink<I>>();
  for (const row of interactions) {
    if (typeSet && !typeSet.has(row.type)) continue;
    if (modalitySet && !modalitySet.has(row.modality ?? "reported")) continue;
    if (row.source === row.target) continue;
    if (from || to) {
      const day = dayOf(row.date ?? published.get(row.article_id) ?? null);
      if (!day || (from && day < from) || (to && day > to)) continue;
    }
    const id = `${row.source}\u0000${row.target}\u0000${row.type}`;
    let link = links.get(id);
    if (!link) links.set(id, (link = {id, source: row.source, target: row.target, type: row.type, count: 0, outlets: [], rows: []}));
    link.count++;
    link.rows.push(row);
    const o = outletKey(row);
    if (!link.outlets.includes(o)) link.outlets.push(o);
  }
  const degree = new Map<string, number>();
  for (const l of links.values()) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + l.count);
    degree.set(l.target, (degree.get(l.target) ?? 0) + l.count);
  }
  const nodes = [...degree.keys()].sort().map((id) => {
    const a = byId.get(id);
    return {id, name: a?.name ?? id, kind: a?.kind ?? "unknown", mentions: a?.mentions ?? 1, degree: degree.get(id)!, x: 0, y: 0};
  });
  return {nodes, links: [...links.values()].sort((a, b) => a.id.localeCompare(b.id))};
}

/**
 * Runs the force layout synchronously and writes x/y (in a width × height box) onto the nodes.
 * `gravity` is the pull towards the centre: the default suits wide charts; a stronger one keeps
 * long chains from setting the scale of a narrow chart. `marginRight` is kept free for labels.
 * @example layoutNetwork(nodes, links, {width: 600, height: 400})
 */
export function layoutNetwork(
  nodes: NetNode[],
  links: NetLink<unknown>[],
  {width, height, ticks = 300, marginRight = 120, gravity = 0.06}: {width: number; height: number; ticks?: number; marginRight?: number; gravity?: number}
): NetNode[] {
  const scale = Math.min(width, height) / 2.5;
  const simNodes = nodes.map((n) => {
    const [x, y] = seedPosition(n.id);
    return {...n, x: x * scale, y: y * scale};
  });
  const simLinks = links.map((l) => ({source: l.source, target: l.target, count: l.count}));
  const simulation = forceSimulation(simNodes)
    .force("link", forceLink(simLinks).id((d: any) => d.id).distance(70).strength(0.5))
    .force("charge", forceManyBody().strength(-220))
    .force("x", forceX(0).strength(gravity))
    .force("y", forceY(0).strength(gravity * (width / height)))
    .force("collide", forceCollide(18))
    .force("center", forceCenter(0, 0))
    .stop();
  simulation.tick(ticks);
  // Fit into the box, leaving room on the right for the labels drawn beside the nodes.
  const xs = simNodes.map((n) => n.x);
  const ys = simNodes.map((n) => n.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const left = 24;
  const right = Math.max(left + 40, width - marginRight);
  const k = Math.min((right - left) / Math.max(1, x1 - x0), (height - 60) / Math.max(1, y1 - y0), 4);
  return simNodes.map((n) => ({...n, x: (left + right) / 2 + (n.x - (x0 + x1) / 2) * k, y: height / 2 + (n.y - (y0 + y1) / 2) * k}));
}
