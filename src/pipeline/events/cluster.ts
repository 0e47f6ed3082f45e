import {UnionFind} from "./union-find.ts";

/** An event reduced to what clustering needs (same shape as stage 10's ClusterInput). */
export interface ClusterEvent {
  eventId: string;
  type: string;
  date: string | null;
  actors: string[];
}

/** Actors considered per event when pairing undated events (keeps the pair index linear). */
const MAX_PAIR_ACTORS = 6;

/**
 * Clusters events reported by several articles. Rules (single linkage, in phases so a
 * vague date never bridges two precise ones):
 * 1. Day-precision events of one type and day join when they share an actor; those with
 *    no actors join each other and then the largest actor cluster of that type and day.
 * 2. Month-precision events join each other on (type, month, shared actor), then each such
 *    group attaches to ONE day cluster of that month: most shared actors, then largest,
 *    then smallest event id. Year-precision events do the same one level up.
 * 3. Undated events join only when they share ≥ 2 actors: with each other, and with ONE
 *    dated cluster of the same type chosen as above.
 * Every lookup is a hash on (type, period, actor) or (type, actor pair): O(n) overall.
 * The cluster id is "c_" + the smallest event id in the cluster, so input order does not
 * matter.
 *
 * @example clusterIds([{eventId: "e1", type: "release", date: "2025-10-13", actors: ["a"]}]).get("e1") // "c_e1"
 */
export function clusterIds(events: ClusterEvent[]): Map<string, string> {
  const n = events.length;
  const uf = new UnionFind(n);
  const actors = events.map((e) => [...new Set(e.actors)].sort());
  const level = events.map((e) => precisionOf(e.date));

  // Phase 1–3: day, then month, then year.
  for (const lv of [0, 1, 2] as const) {
    const here: number[] = [];
    for (let i = 0; i < n; i++) if (level[i] === lv) here.push(i);
    const periodKey = (i: number): string => `${events[i].type}|${periodOf(events[i].date!, lv)}`;
    joinOnSharedActor(here, periodKey, actors, uf);
    if (lv === 0) {
      attachActorless(here, periodKey, actors, uf, events);
      continue;
    }
    // Finer events (level < lv) indexed by (type, this period, actor) → roots, sizes snapshotted.
    const finer: number[] = [];
    for (let i = 0; i < n; i++) if (level[i] < lv) finer.push(i);
    const finerKey = (i: number): string => `${events[i].type}|${periodOf(events[i].date!, lv)}`;
    attachGroups(here, finer, periodKey, finerKey, actors, uf, events, 1);
  }

  // Undated: ≥ 2 shared actors.
  const undated: number[] = [];
  const dated: number[] = [];
  for (let i = 0; i < n; i++) (level[i] === 3 ? undated : dated).push(i);
  const pairIndex = new Map<string, number>();
  for (const i of undated) {
    for (const key of pairKeys(events[i].type, actors[i])) {
      const j = pairIndex.get(key);
      if (j === undefined) pairIndex.set(key, i);
      else uf.union(i, j);
    }
  }
  attachGroups(undated, dated, (i) => events[i].type, (i) => events[i].type, actors, uf, events, 2);

  const minId = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const cur = minId.get(r);
    if (cur === undefined || events[i].eventId < cur) minId.set(r, events[i].eventId);
  }
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) out.set(events[i].eventId, `c_${minId.get(uf.find(i))}`);
  return out;
}

/** 0 day, 1 month, 2 year, 3 none (from the ISO string's length). */
function precisionOf(date: string | null): 0 | 1 | 2 | 3 {
  if (!date) return 3;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 0;
  if (/^\d{4}-\d{2}$/.test(date)) return 1;
  if (/^\d{4}$/.test(date)) return 2;
  return 3;
}

/** The date cut to a level: day "2025-10-13", month "2025-10", year "2025". */
function periodOf(date: string, level: 0 | 1 | 2): string {
  return level === 0 ? date.slice(0, 10) : level === 1 ? date.slice(0, 7) : date.slice(0, 4);
}

/** Events of one key that share any actor join (hash on key + actor). */
function joinOnSharedActor(ids: number[], key: (i: number) => string, actors: string[][], uf: UnionFind): void {
  const first = new Map<string, number>();
  const actorless = new Map<string, number>();
  for (const i of ids) {
    if (actors[i].length === 0) {
      const k = key(i);
      const j = actorless.get(k);
      if (j === undefined) actorless.set(k, i);
      else uf.union(i, j);
      continue;
    }
    for (const a of actors[i]) {
      const k = `${key(i)}|${a}`;
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else uf.union(i, j);
    }
  }
}

/** Day events with no actors join the largest actor cluster of their type and day (ties: smallest id). */
function attachActorless(ids: number[], key: (i: number) => string, actors: string[][], uf: UnionFind, events: ClusterEvent[]): void {
  const best = new Map<string, {root: number; size: number; id: string}>();
  const minIds = smallestIds(ids, uf, events);
  for (const i of ids) {
    if (actors[i].length === 0) continue;
    const root = uf.find(i);
    const cand = {root, size: uf.sizeOf(root), id: minIds.get(root) ?? ""};
    const k = key(i);
    const cur = best.get(k);
    if (!cur || better(cand, cur)) best.set(k, cand);
  }
  const joins: [number, number][] = [];
  for (const i of ids) {
    if (actors[i].length > 0) continue;
    const target = best.get(key(i));
    if (target) joins.push([i, target.root]);
  }
  for (const [a, b] of joins) uf.union(a, b);
}

const better = (a: {size: number; id: string; shared?: number}, b: {size: number; id: string; shared?: number}): boolean =>
  (a.shared ?? 0) !== (b.shared ?? 0) ? (a.shared ?? 0) > (b.shared ?? 0) : a.size !== b.size ? a.size > b.size : a.id < b.id;

/** Smallest event id per root over `ids`. */
function smallestIds(ids: number[], uf: UnionFind, events: ClusterEvent[]): Map<number, string> {
  const memo = new Map<number, string>();
  for (const i of ids) {
    const r = uf.find(i);
    const cur = memo.get(r);
    if (cur === undefined || events[i].eventId < cur) memo.set(r, events[i].eventId);
  }
  return memo;
}

/**
 * Attaches each group (component) of `vague` events to ONE cluster of `precise` events with
 * the same key sharing ≥ `minShared` actors: most shared actors, then largest, then smallest
 * id. Sizes and ids are snapshotted first, so the outcome does not depend on input order.
 */
function attachGroups(
  vague: number[],
  precise: number[],
  vagueKey: (i: number) => string,
  preciseKey: (i: number) => string,
  actors: string[][],
  uf: UnionFind,
  events: ClusterEvent[],
  minShared: number
): void {
  if (vague.length === 0 || precise.length === 0) return;
  // Snapshot of the precise clusters.
  const info = new Map<number, {size: number; id: string}>();
  for (const i of precise) {
    const r = uf.find(i);
    const cur = info.get(r);
    if (!cur) info.set(r, {size: uf.sizeOf(r), id: events[i].eventId});
    else if (events[i].eventId < cur.id) cur.id = events[i].eventId;
  }
  // (key, actor) → precise roots carrying that actor.
  const byActor = new Map<string, Set<number>>();
  for (const i of precise) {
    for (const a of actors[i]) {
      const k = `${preciseKey(i)}|${a}`;
      let set = byActor.get(k);
      if (!set) byActor.set(k, (set = new Set()));
      set.add(uf.find(i));
    }
  }
  // Group the vague events by their own component; count shared actors per candidate.
  const groups = new Map<number, number[]>();
  for (const i of vague) {
    const r = uf.find(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  }
  const joins: [number, number][] = [];
  for (const [root, members] of groups) {
    const groupActors = new Set<string>();
    const keys = new Set<string>();
    for (const i of members) {
      keys.add(vagueKey(i));
      for (const a of actors[i]) groupActors.add(a);
    }
    const shared = new Map<number, number>();
    for (const k of keys) {
      for (const a of groupActors) {
        const set = byActor.get(`${k}|${a}`);
        // A hub actor on thousands of clusters is skipped: it tells nothing about which one.
        if (!set || set.size > 64) continue;
        for (const r of set) shared.set(r, (shared.get(r) ?? 0) + 1);
      }
    }
    let best: {root: number; size: number; id: string; shared: number} | null = null;
    for (const [r, count] of shared) {
      if (count < minShared) continue;
      const cand = {root: r, shared: count, ...info.get(r)!};
      if (!best || better(cand, best)) best = cand;
    }
    if (best) joins.push([root, best.root]);
  }
  for (const [a, b] of joins) uf.union(a, b);
}

/** (type, actor pair) keys of an event, over its first few actors in sorted order. */
function pairKeys(type: string, actors: string[]): string[] {
  const list = actors.slice(0, MAX_PAIR_ACTORS);
  const keys: string[] = [];
  for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) keys.push(`${type}|${list[a]}|${list[b]}`);
  return keys;
}
