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
  const labels = clusterLabels(events);
  const out = new Map<string, string>();
  for (let i = 0; i < events.length; i++) out.set(events[i].eventId, labels[i]);
  return out;
}

/**
 * The cluster id of each event, by position (the rules of clusterIds). Stage 11 reads this
 * list instead of a Map keyed by event id: no 100,000-entry table to build and look up.
 *
 * @example clusterLabels([{eventId: "e1", type: "release", date: "2025-10-13", actors: ["a"]}]) // ["c_e1"]
 */
export function clusterLabels(events: ClusterEvent[]): string[] {
  const n = events.length;
  const uf = new UnionFind(n);
  // Strings are interned to small integers once, so the hash keys below are numbers
  // ((type, period) id × actor count + actor id) instead of strings built per event and actor.
  const actorId = new Map<string, number>();
  const actorName: string[] = [];
  // Event i's distinct actor ids are flat[start[i]] … flat[start[i + 1] - 1]: two typed arrays
  // instead of one small array per event. Their order only matters past MAX_PAIR_ACTORS (the
  // undated rule pairs an event's first actors in name order), so only such lists are sorted.
  let total = 0;
  for (const e of events) total += e.actors.length;
  const actors: Actors = {start: new Int32Array(n + 1), flat: new Int32Array(total)};
  const flat = actors.flat;
  const level = new Uint8Array(n);
  const typeId = new Map<string, number>();
  const types = new Int32Array(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    const from = end;
    // An event names a few actors: duplicates are found by a scan; a long list (a 1 MB
    // one-line "sentence") gets a Set.
    const seen = e.actors.length > 32 ? new Set<number>() : null;
    for (const name of e.actors) {
      let id = actorId.get(name);
      if (id === undefined) {
        actorId.set(name, (id = actorName.length));
        actorName.push(name);
      }
      if (seen ? seen.has(id) : scanHas(flat, from, end, id)) continue;
      seen?.add(id);
      flat[end++] = id;
    }
    if (end - from > MAX_PAIR_ACTORS) sortByName(flat, from, end, actorName);
    actors.start[i + 1] = end;
    level[i] = precisionOf(e.date);
    types[i] = intern(typeId, e.type);
  }
  const A = Math.max(1, actorId.size);
  // (type, period) ids per level; -1 where the event's date is vaguer than the level. The period
  // is read as a number from the ISO digits (2025-10-13 → 20251013, month 202510, year 2025) and
  // looked up in one map per (type, level): small-integer keys, no key string built per event.
  const periodMaps = new Map<number, Map<number, number>>();
  let periodCount = 0;
  const periods = ([0, 1, 2] as const).map((lv) => {
    const ids = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (level[i] > lv) continue;
      const tl = types[i] * 3 + lv;
      let byCode = periodMaps.get(tl);
      if (!byCode) periodMaps.set(tl, (byCode = new Map()));
      const code = periodCode(events[i].date!, lv);
      let id = byCode.get(code);
      if (id === undefined) byCode.set(code, (id = periodCount++));
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
    const from = actors.start[i];
    const m = from + Math.min(actors.start[i + 1] - from, MAX_PAIR_ACTORS);
    for (let a = from; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        const x = actors.flat[a];
        const y = actors.flat[b];
        const key = x < y ? pairKey(types[i], x, y, A) : pairKey(types[i], y, x, A);
        const j = pairIndex.get(key);
        if (j === undefined) pairIndex.set(key, i);
        else uf.union(i, j);
      }
    }
  }
  attachGroups(undated, dated, types, types, actors, A, uf, events, 2);

  // One id string per cluster ("c_" + its smallest event id), shared by all its events.
  const roots = new Int32Array(n);
  const minOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    roots[i] = r;
    const cur = minOf[r];
    if (cur < 0 || events[i].eventId < events[cur].eventId) minOf[r] = i;
  }
  const label = new Array<string | undefined>(n);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = roots[i];
    out[i] = label[r] ??= "c_" + events[minOf[r]].eventId;
  }
  return out;
}

/** Whether `id` is among flat[from … end − 1]. */
function scanHas(flat: Int32Array, from: number, end: number, id: number): boolean {
  for (let k = from; k < end; k++) if (flat[k] === id) return true;
  return false;
}

/** Sorts flat[from … end − 1] by actor name (string order, as Array.prototype.sort does). */
function sortByName(flat: Int32Array, from: number, end: number, names: string[]): void {
  const ids = Array.from(flat.subarray(from, end)).sort((x, y) => (names[x] < names[y] ? -1 : names[x] > names[y] ? 1 : 0));
  flat.set(ids, from);
}

/** Small integer id of a string, assigned in first-seen order. */
function intern(ids: Map<string, number>, s: string): number {
  let id = ids.get(s);
  if (id === undefined) ids.set(s, (id = ids.size));
  return id;
}

/** Actor ids of every event, flat (see clusterIds). */
interface Actors {
  start: Int32Array;
  flat: Int32Array;
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
  // Plain arithmetic, no digit helper closure: this runs three times per event.
  const year = date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 48 * 1111;
  if (level === 2) return year;
  const month = year * 100 + date.charCodeAt(5) * 10 + date.charCodeAt(6) - 48 * 11;
  return level === 1 ? month : month * 100 + date.charCodeAt(8) * 10 + date.charCodeAt(9) - 48 * 11;
}

/** Events of one key that share any actor join (hash on key + actor). */
function joinOnSharedActor(ids: number[], key: Keys, actors: Actors, A: number, uf: UnionFind): void {
  const first = new Map<number, number>();
  const actorless = new Map<number, number>();
  const {start, flat} = actors;
  for (const i of ids) {
    if (start[i + 1] === start[i]) {
      const k = key[i];
      const j = actorless.get(k);
      if (j === undefined) actorless.set(k, i);
      else uf.union(i, j);
      continue;
    }
    for (let p = start[i]; p < start[i + 1]; p++) {
      const k = key[i] * A + flat[p];
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else uf.union(i, j);
    }
  }
}

/** Day events with no actors join the largest actor cluster of their type and day (ties: smallest id). */
function attachActorless(ids: number[], key: Keys, actors: Actors, uf: UnionFind, events: ClusterEvent[]): void {
  const minOf = smallestByRoot(ids, uf, events);
  // (type, day) → root of the best actor cluster so far.
  const best = new Map<number, number>();
  for (const i of ids) {
    if (actors.start[i + 1] === actors.start[i]) continue;
    const root = uf.find(i);
    const k = key[i];
    const cur = best.get(k);
    if (cur === undefined || (cur !== root && better(0, uf.sizeOf(root), events[minOf[root]].eventId, 0, uf.sizeOf(cur), events[minOf[cur]].eventId))) best.set(k, root);
  }
  const joins: number[] = [];
  for (const i of ids) {
    if (actors.start[i + 1] > actors.start[i]) continue;
    const target = best.get(key[i]);
    if (target !== undefined) joins.push(i, target);
  }
  for (let k = 0; k < joins.length; k += 2) uf.union(joins[k], joins[k + 1]);
}

/** Candidate a beats b: more shared actors, then larger, then smaller id. */
function better(aShared: number, aSize: number, aId: string, bShared: number, bSize: number, bId: string): boolean {
  return aShared !== bShared ? aShared > bShared : aSize !== bSize ? aSize > bSize : aId < bId;
}

/** Index (into events) of the smallest event id per root over `ids`; -1 for other roots. */
function smallestByRoot(ids: number[], uf: UnionFind, events: ClusterEvent[]): Int32Array {
  const minOf = new Int32Array(events.length).fill(-1);
  for (const i of ids) {
    const r = uf.find(i);
    const cur = minOf[r];
    if (cur < 0 || events[i].eventId < events[cur].eventId) minOf[r] = i;
  }
  return minOf;
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
  actors: Actors,
  A: number,
  uf: UnionFind,
  events: ClusterEvent[],
  minShared: number
): void {
  if (vague.length === 0 || precise.length === 0) return;
  // Group the vague events by their own component (members made adjacent by sorting on the
  // root), with the distinct keys and actors of each group in flat arrays.
  const rootOf = new Int32Array(events.length);
  for (const i of vague) rootOf[i] = uf.find(i);
  // Counting sort by root (roots are event indexes): members of a group end up adjacent, in
  // index order, without a comparator sort over every vague event.
  const count = new Int32Array(events.length + 1);
  for (const i of vague) count[rootOf[i] + 1]++;
  for (let r = 0; r < events.length; r++) count[r + 1] += count[r];
  const order = new Int32Array(vague.length);
  for (const i of vague) order[count[rootOf[i]]++] = i;
  const groupRoot: number[] = [];
  const keyStart: number[] = [];
  const groupKeys: number[] = [];
  const actorStart: number[] = [];
  const groupActors: number[] = [];
  // stamp[a] === group number + 1 once actor a is in the current group's list.
  const stamp = new Int32Array(A);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const r = rootOf[i];
    if (k === 0 || rootOf[order[k - 1]] !== r) {
      groupRoot.push(r);
      keyStart.push(groupKeys.length);
      actorStart.push(groupActors.length);
    }
    const g = groupRoot.length;
    const key = vagueKey[i];
    let seen = false;
    for (let q = keyStart[g - 1]; q < groupKeys.length; q++) if (groupKeys[q] === key) seen = true;
    if (!seen) groupKeys.push(key);
    for (let p = actors.start[i]; p < actors.start[i + 1]; p++) {
      const a = actors.flat[p];
      if (stamp[a] === g) continue;
      stamp[a] = g;
      groupActors.push(a);
    }
  }
  const groupCount = groupRoot.length;
  keyStart.push(groupKeys.length);
  actorStart.push(groupActors.length);
  // Only (key, actor) pairs some group asks about are indexed below: vague events are usually
  // few, and one Set per (key, actor) of every precise event was most of the allocation.
  const wanted = new Set<number>();
  for (let g = 0; g < groupCount; g++) {
    for (let q = keyStart[g]; q < keyStart[g + 1]; q++) {
      const base = groupKeys[q] * A;
      for (let p = actorStart[g]; p < actorStart[g + 1]; p++) wanted.add(base + groupActors[p]);
    }
  }
  // (key, actor) → precise roots carrying that actor.
  const byActor = new Map<number, Set<number>>();
  const candidate = new Uint8Array(events.length);
  for (const i of precise) {
    const from = actors.start[i];
    const to = actors.start[i + 1];
    if (to === from) continue;
    const base = preciseKey[i] * A;
    let r = -1;
    for (let p = from; p < to; p++) {
      const k = base + actors.flat[p];
      if (!wanted.has(k)) continue;
      if (r < 0) r = uf.find(i);
      let set = byActor.get(k);
      if (!set) byActor.set(k, (set = new Set()));
      set.add(r);
      candidate[r] = 1;
    }
  }
  // Snapshot of the candidate precise clusters: size and smallest precise event id.
  const minOf = new Int32Array(events.length).fill(-1);
  for (const i of precise) {
    const r = uf.find(i);
    if (!candidate[r]) continue;
    const cur = minOf[r];
    if (cur < 0 || events[i].eventId < events[cur].eventId) minOf[r] = i;
  }
  const joins: number[] = [];
  const shared = new Map<number, number>();
  for (let g = 0; g < groupCount; g++) {
    if (actorStart[g + 1] === actorStart[g]) continue;
    shared.clear();
    for (let q = keyStart[g]; q < keyStart[g + 1]; q++) {
      const base = groupKeys[q] * A;
      for (let p = actorStart[g]; p < actorStart[g + 1]; p++) {
        const set = byActor.get(base + groupActors[p]);
        // A hub actor on thousands of clusters is skipped: it tells nothing about which one.
        if (!set || set.size > 64) continue;
        for (const r of set) shared.set(r, (shared.get(r) ?? 0) + 1);
      }
    }
    let best = -1;
    let bestShared = 0;
    // forEach, not for…of with [r, count]: no entry array per candidate.
    shared.forEach((count, r) => {
      if (count < minShared) return;
      if (best < 0 || better(count, uf.sizeOf(r), events[minOf[r]].eventId, bestShared, uf.sizeOf(best), events[minOf[best]].eventId)) {
        best = r;
        bestShared = count;
      }
    });
    if (best >= 0) joins.push(groupRoot[g], best);
  }
  for (let k = 0; k < joins.length; k += 2) uf.union(joins[k], joins[k + 1]);
}

/** Key of (type, actor pair) for undated events. */
function pairKey(type: number, a: number, b: number, A: number): number {
  return (type * A + a) * A + b;
}
