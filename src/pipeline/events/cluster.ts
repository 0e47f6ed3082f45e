import {UnionFind} from "../util/union-find.ts";

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
  // Strings are interned to small integers once, so the hash keys below are numbers
  // ((type, period) id × actor count + actor id) instead of strings built per event and actor.
  const actorId = new Map<string, number>();
  const actors: number[][] = events.map((e) => {
    const list = e.actors.length > 1 ? [...new Set(e.actors)].sort() : e.actors;
    return list.map((a) => intern(actorId, a));
  });
  const A = Math.max(1, actorId.size);
  const level = events.map((e) => precisionOf(e.date));
  const typeId = new Map<string, number>();
  const types = events.map((e) => intern(typeId, e.type));
  // (type, period) ids per level; -1 where the event's date is vaguer than the level. The period
  // is read as a number from the ISO digits (2025-10-13 → 20251013, month 202510, year 2025),
  // so no key string is built per event and level.
  const periodId = new Map<number, number>();
  const periods = ([0, 1, 2] as const).map((lv) => {
    const ids = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (level[i] > lv) continue;
      const k = (types[i] * 3 + lv) * 1e8 + periodCode(events[i].date!, lv);
      let id = periodId.get(k);
      if (id === undefined) periodId.set(k, (id = periodId.size));
      ids[i] = id;
    }
    return ids;
  });

  // Phase 1–3: day, then month, then year.
  for (const lv of [0, 1, 2] as const) {
    const here: number[] = [];
    for (let i = 0; i < n; i++) if (level[i] === lv) here.push(i);
    const key = periods[lv];
    joinOnSharedActor(here, key, actors, A, uf);
    if (lv === 0) {
      attachActorless(here, key, actors, uf, events);
      continue;
    }
    // Finer events (level < lv) indexed by (type, this period, actor) → roots, sizes snapshotted.
    const finer: number[] = [];
    for (let i = 0; i < n; i++) if (level[i] < lv) finer.push(i);
    attachGroups(here, finer, key, key, actors, A, uf, events, 1);
  }

  // Undated: ≥ 2 shared actors.
  const undated: number[] = [];
  const dated: number[] = [];
  for (let i = 0; i < n; i++) (level[i] === 3 ? undated : dated).push(i);
  const pairIndex = new Map<number, number>();
  for (const i of undated) {
    for (const key of pairKeys(types[i], actors[i], A)) {
      const j = pairIndex.get(key);
      if (j === undefined) pairIndex.set(key, i);
      else uf.union(i, j);
    }
  }
  attachGroups(undated, dated, types, types, actors, A, uf, events, 2);

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

/** Small integer id of a string, assigned in first-seen order. */
function intern(ids: Map<string, number>, s: string): number {
  let id = ids.get(s);
  if (id === undefined) ids.set(s, (id = ids.size));
  return id;
}

/** Event index → (type, period) id; a plain array or a typed one. */
type Keys = ArrayLike<number>;

/**
 * 0 day ("2025-10-13"), 1 month ("2025-10"), 2 year ("2025"), 3 none or anything else: the
 * same test as /^\d{4}-\d{2}-\d{2}$/ etc., on char codes.
 */
function precisionOf(date: string | null): 0 | 1 | 2 | 3 {
  if (!date) return 3;
  const n = date.length;
  if (n !== 4 && n !== 7 && n !== 10) return 3;
  for (let i = 0; i < n; i++) {
    const c = date.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return 3;
  }
  return n === 10 ? 0 : n === 7 ? 1 : 2;
}

/** The date cut to a level, as digits: day 20251013, month 202510, year 2025. */
function periodCode(date: string, level: 0 | 1 | 2): number {
  const d = (i: number) => date.charCodeAt(i) - 48;
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  if (level === 2) return year;
  const month = year * 100 + d(5) * 10 + d(6);
  return level === 1 ? month : month * 100 + d(8) * 10 + d(9);
}

/** Events of one key that share any actor join (hash on key + actor). */
function joinOnSharedActor(ids: number[], key: Keys, actors: number[][], A: number, uf: UnionFind): void {
  const first = new Map<number, number>();
  const actorless = new Map<number, number>();
  for (const i of ids) {
    if (actors[i].length === 0) {
      const k = key[i];
      const j = actorless.get(k);
      if (j === undefined) actorless.set(k, i);
      else uf.union(i, j);
      continue;
    }
    for (const a of actors[i]) {
      const k = key[i] * A + a;
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else uf.union(i, j);
    }
  }
}

/** Day events with no actors join the largest actor cluster of their type and day (ties: smallest id). */
function attachActorless(ids: number[], key: Keys, actors: number[][], uf: UnionFind, events: ClusterEvent[]): void {
  const best = new Map<number, {root: number; size: number; id: string}>();
  const minIds = smallestIds(ids, uf, events);
  for (const i of ids) {
    if (actors[i].length === 0) continue;
    const root = uf.find(i);
    const cand = {root, size: uf.sizeOf(root), id: minIds.get(root) ?? ""};
    const k = key[i];
    const cur = best.get(k);
    if (!cur || better(cand, cur)) best.set(k, cand);
  }
  const joins: [number, number][] = [];
  for (const i of ids) {
    if (actors[i].length > 0) continue;
    const target = best.get(key[i]);
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
  vagueKey: Keys,
  preciseKey: Keys,
  actors: number[][],
  A: number,
  uf: UnionFind,
  events: ClusterEvent[],
  minShared: number
): void {
  if (vague.length === 0 || precise.length === 0) return;
  // Group the vague events by their own component, with the keys and actors of each group.
  const groups = new Map<number, {keys: Set<number>; actors: Set<number>}>();
  // Only (key, actor) pairs some group asks about are indexed below: vague events are usually
  // few, and one Set per (key, actor) of every precise event was most of the allocation.
  const wanted = new Set<number>();
  for (const i of vague) {
    const r = uf.find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = {keys: new Set(), actors: new Set()}));
    g.keys.add(vagueKey[i]);
    for (const a of actors[i]) g.actors.add(a);
  }
  for (const g of groups.values()) for (const k of g.keys) for (const a of g.actors) wanted.add(k * A + a);
  // (key, actor) → precise roots carrying that actor.
  const byActor = new Map<number, Set<number>>();
  const candidates = new Set<number>();
  for (const i of precise) {
    const list = actors[i];
    if (list.length === 0) continue;
    const base = preciseKey[i] * A;
    let r = -1;
    for (const a of list) {
      const k = base + a;
      if (!wanted.has(k)) continue;
      if (r < 0) r = uf.find(i);
      let set = byActor.get(k);
      if (!set) byActor.set(k, (set = new Set()));
      set.add(r);
      candidates.add(r);
    }
  }
  // Snapshot of the candidate precise clusters: size and smallest precise event id.
  const info = new Map<number, {size: number; id: string}>();
  for (const i of precise) {
    const r = uf.find(i);
    if (!candidates.has(r)) continue;
    const cur = info.get(r);
    if (!cur) info.set(r, {size: uf.sizeOf(r), id: events[i].eventId});
    else if (events[i].eventId < cur.id) cur.id = events[i].eventId;
  }
  const joins: [number, number][] = [];
  for (const [root, {keys, actors: groupActors}] of groups) {
    if (groupActors.size === 0) continue;
    const shared = new Map<number, number>();
    for (const k of keys) {
      for (const a of groupActors) {
        const set = byActor.get(k * A + a);
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

/** (type, actor pair) keys of an event, over its first few actors in name order. */
function pairKeys(type: number, actors: number[], A: number): number[] {
  const m = Math.min(actors.length, MAX_PAIR_ACTORS);
  const keys: number[] = [];
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) keys.push((type * A + actors[a]) * A + actors[b]);
  return keys;
}
