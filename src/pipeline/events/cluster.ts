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
  // One short driver over small helpers, each with one hot loop: this runs once per corpus, so
  // V8 compiles it while it runs (on-stack replacement), and one long function with ten loops
  // was compiled again at every loop and thrown away at every line past it that had not run yet
  // ("insufficient type feedback"), 20 times per run at up to 70 ms each.
  const n = events.length;
  const uf = new UnionFind(n);
  const {actors, level, types, A, periods, byLevel} = internEvents(events);

  // Phase 1–3: day, then month, then year.
  for (let lv = 0; lv < 3; lv++) {
    const here = byLevel.at[lv];
    joinOnSharedActor(here, periods[lv], actors, A, uf);
    if (lv === 0) attachActorless(here, periods[lv], actors, uf, events);
    // Finer events (level < lv) indexed by (type, this period, actor) → roots, sizes snapshotted.
    else attachGroups(here, byLevel.finerThan[lv], periods[lv], periods[lv], actors, A, uf, events, 1);
  }

  // Undated: ≥ 2 shared actors.
  const undated = byLevel.at[3];
  joinUndated(undated, actors, types, A, uf);
  attachGroups(undated, byLevel.finerThan[3], types, types, actors, A, uf, events, 2);
  return clusterNames(events, uf);
}

/**
 * What clusterLabels works on: actor ids per event (flat), date level and type id per event, the
 * (type, period) ids per level and the events by level.
 */
interface Interned {
  actors: Actors;
  level: Uint8Array;
  types: Int32Array;
  /** Number of distinct actors (at least 1): the multiplier of the numeric hash keys. */
  A: number;
  /** periods[lv][i]: (type, period) id of event i at level lv; -1 where its date is vaguer. */
  periods: Int32Array[];
  byLevel: LevelLists;
}

/**
 * Interns actor names and types to small integers once, so the hash keys of clusterLabels are
 * numbers ((type, period) id × actor count + actor id) instead of strings built per event and actor.
 * Periods and level lists are filled in the same pass: a run clusters once, cold, and each pass
 * over 100,000 events starts in the interpreter.
 */
function internEvents(events: ClusterEvent[]): Interned {
  const n = events.length;
  const actorId = new Map<string, number>();
  const actorName: string[] = [];
  // Event i's distinct actor ids are flat[start[i]] … flat[start[i + 1] - 1]: two typed arrays
  // instead of one small array per event. Their order only matters past MAX_PAIR_ACTORS (the
  // undated rule pairs an event's first actors in name order), so only such lists are sorted.
  const actors: Actors = {start: new Int32Array(n + 1), flat: new Int32Array(actorTotal(events))};
  const level = new Uint8Array(n);
  const typeId = new Map<string, number>();
  const types = new Int32Array(n);
  const periods = [new Int32Array(n).fill(-1), new Int32Array(n).fill(-1), new Int32Array(n).fill(-1)];
  const periodMaps = new Map<number, Map<number, number>>();
  let nextPeriod = 0;
  const byLevel: LevelLists = {at: [[], [], [], []], finerThan: [[], [], [], []]};
  let end = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    end = addActors(e.actors, actors.flat, end, actorId, actorName);
    actors.start[i + 1] = end;
    const lv = precisionOf(e.date);
    level[i] = lv;
    types[i] = intern(typeId, e.type);
    if (lv < 3) nextPeriod = addPeriods(e.date!, lv, types[i], i, periodMaps, periods, nextPeriod);
    addToLevels(byLevel, lv, i);
  }
  return {actors, level, types, A: Math.max(1, actorName.length), periods, byLevel};
}

/** Sum of the actor list lengths. */
function actorTotal(events: ClusterEvent[]): number {
  let total = 0;
  for (let i = 0; i < events.length; i++) total += events[i].actors.length;
  return total;
}

/** Writes the distinct ids of `names` at flat[from …] (interning new names); returns the end. */
function addActors(names: string[], flat: Int32Array, from: number, actorId: Map<string, number>, actorName: string[]): number {
  let end = from;
  // An event names a few actors: duplicates are found by a scan; a long list (a 1 MB
  // one-line "sentence") gets a Set.
  const seen = names.length > 32 ? new Set<number>() : null;
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
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
  return end;
}

/**
 * Sets ids[lv][i] for event i (date `date` at level `from`) at its own level and every vaguer
 * one; returns the next free id. The period is read as a number from the ISO digits
 * (2025-10-13 → 20251013, month 202510, year 2025) and looked up in one map per (type, level):
 * small-integer keys, no key string built per event. Ids are only compared for equality, and
 * ids of different levels never meet in one lookup; one counter keeps them distinct anyway.
 */
function addPeriods(date: string, from: number, type: number, i: number, periodMaps: Map<number, Map<number, number>>, ids: Int32Array[], next: number): number {
  for (let lv = from; lv < 3; lv++) {
    const tl = type * 3 + lv;
    let byCode = periodMaps.get(tl);
    if (!byCode) periodMaps.set(tl, (byCode = new Map()));
    const code = periodCode(date, lv as 0 | 1 | 2);
    let id = byCode.get(code);
    if (id === undefined) byCode.set(code, (id = next++));
    ids[lv][i] = id;
  }
  return next;
}

/** Event indexes by date level (in index order): `at[lv]` at that level, `finerThan[lv]` below it. */
interface LevelLists {
  at: number[][];
  finerThan: number[][];
}

/** Lists event `i` (at level `lv`) in LevelLists. */
function addToLevels(lists: LevelLists, lv: number, i: number): void {
  lists.at[lv].push(i);
  for (let up = lv + 1; up < 4; up++) lists.finerThan[up].push(i);
}

/** Undated events sharing a (type, actor pair) among their first MAX_PAIR_ACTORS actors join. */
function joinUndated(undated: number[], actors: Actors, types: Int32Array, A: number, uf: UnionFind): void {
  const pairIndex = new Map<number, number>();
  const {start, flat} = actors;
  for (let u = 0; u < undated.length; u++) {
    const i = undated[u];
    const from = start[i];
    const m = from + Math.min(start[i + 1] - from, MAX_PAIR_ACTORS);
    for (let a = from; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        const x = flat[a];
        const y = flat[b];
        const key = x < y ? pairKey(types[i], x, y, A) : pairKey(types[i], y, x, A);
        const j = pairIndex.get(key);
        if (j === undefined) pairIndex.set(key, i);
        else uf.union(i, j);
      }
    }
  }
}

/** One id string per cluster ("c_" + its smallest event id), shared by all its events. */
function clusterNames(events: ClusterEvent[], uf: UnionFind): string[] {
  const n = events.length;
  const roots = new Int32Array(n);
  const minOf = new Int32Array(n).fill(-1);
  smallestPerCluster(events, uf, roots, minOf);
  const label = new Array<string | undefined>(n);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = roots[i];
    out[i] = label[r] ??= "c_" + events[minOf[r]].eventId;
  }
  return out;
}

/** Fills roots[i] with event i's root and minOf[root] with the cluster's smallest event id's index. */
function smallestPerCluster(events: ClusterEvent[], uf: UnionFind, roots: Int32Array, minOf: Int32Array): void {
  for (let i = 0; i < events.length; i++) {
    const r = uf.find(i);
    roots[i] = r;
    const cur = minOf[r];
    if (cur < 0 || events[i].eventId < events[cur].eventId) minOf[r] = i;
  }
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
 * Each step is its own small function (see clusterLabels: one hot loop per compiled unit).
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
  const groups = vagueGroups(vague, vagueKey, actors, A, uf, events.length);
  const candidate = new Uint8Array(events.length);
  const byActor = preciseByActor(precise, preciseKey, actors, A, uf, wantedKeys(groups, A), candidate);
  // Snapshot of the candidate precise clusters: size and smallest precise event id.
  const minOf = new Int32Array(events.length).fill(-1);
  smallestOfCandidates(precise, uf, candidate, events, minOf);
  const joins = chooseJoins(groups, byActor, minOf, A, uf, events, minShared);
  for (let k = 0; k < joins.length; k += 2) uf.union(joins[k], joins[k + 1]);
}

/**
 * The components of some events: root of group g, and its distinct keys
 * keys[keyStart[g] … keyStart[g + 1] − 1] and actors actors[actorStart[g] … actorStart[g + 1] − 1].
 */
interface Groups {
  root: number[];
  keyStart: number[];
  keys: number[];
  actorStart: number[];
  actors: number[];
}

/** Groups the vague events by their own component (members adjacent, in index order). */
function vagueGroups(vague: number[], vagueKey: Keys, actors: Actors, A: number, uf: UnionFind, n: number): Groups {
  const rootOf = new Int32Array(n);
  for (let v = 0; v < vague.length; v++) rootOf[vague[v]] = uf.find(vague[v]);
  const order = byRoot(vague, rootOf, n);
  const groups: Groups = {root: [], keyStart: [], keys: [], actorStart: [], actors: []};
  const {root, keyStart, keys, actorStart} = groups;
  const groupActors = groups.actors;
  // stamp[a] === group number + 1 once actor a is in the current group's list.
  const stamp = new Int32Array(A);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const r = rootOf[i];
    if (k === 0 || rootOf[order[k - 1]] !== r) {
      root.push(r);
      keyStart.push(keys.length);
      actorStart.push(groupActors.length);
    }
    const g = root.length;
    const key = vagueKey[i];
    let seen = false;
    for (let q = keyStart[g - 1]; q < keys.length; q++) if (keys[q] === key) seen = true;
    if (!seen) keys.push(key);
    for (let p = actors.start[i]; p < actors.start[i + 1]; p++) {
      const a = actors.flat[p];
      if (stamp[a] === g) continue;
      stamp[a] = g;
      groupActors.push(a);
    }
  }
  keyStart.push(keys.length);
  actorStart.push(groupActors.length);
  return groups;
}

/**
 * The events sorted by root, in index order within a root: a counting sort (roots are event
 * indexes), no comparator sort over every vague event.
 */
function byRoot(ids: number[], rootOf: Int32Array, n: number): Int32Array {
  const count = new Int32Array(n + 1);
  for (let v = 0; v < ids.length; v++) count[rootOf[ids[v]] + 1]++;
  for (let r = 0; r < n; r++) count[r + 1] += count[r];
  const order = new Int32Array(ids.length);
  for (let v = 0; v < ids.length; v++) order[count[rootOf[ids[v]]]++] = ids[v];
  return order;
}

/**
 * The (key, actor) pairs some group asks about: only those are indexed over the precise events
 * (vague events are usually few, and one Set per (key, actor) of every precise event was most
 * of the allocation).
 */
function wantedKeys(groups: Groups, A: number): Set<number> {
  const wanted = new Set<number>();
  const {keyStart, keys, actorStart, actors} = groups;
  for (let g = 0; g < groups.root.length; g++) {
    for (let q = keyStart[g]; q < keyStart[g + 1]; q++) {
      const base = keys[q] * A;
      for (let p = actorStart[g]; p < actorStart[g + 1]; p++) wanted.add(base + actors[p]);
    }
  }
  return wanted;
}

/** (key, actor) → roots of the precise events carrying that actor; marks those roots in `candidate`. */
function preciseByActor(precise: number[], preciseKey: Keys, actors: Actors, A: number, uf: UnionFind, wanted: Set<number>, candidate: Uint8Array): Map<number, Set<number>> {
  const byActor = new Map<number, Set<number>>();
  const {start, flat} = actors;
  for (let v = 0; v < precise.length; v++) {
    const i = precise[v];
    const from = start[i];
    const to = start[i + 1];
    if (to === from) continue;
    const base = preciseKey[i] * A;
    let r = -1;
    for (let p = from; p < to; p++) {
      const k = base + flat[p];
      if (!wanted.has(k)) continue;
      if (r < 0) r = uf.find(i);
      let set = byActor.get(k);
      if (!set) byActor.set(k, (set = new Set()));
      set.add(r);
      candidate[r] = 1;
    }
  }
  return byActor;
}

/** minOf[root] = index of the smallest event id among the precise events of a candidate root. */
function smallestOfCandidates(precise: number[], uf: UnionFind, candidate: Uint8Array, events: ClusterEvent[], minOf: Int32Array): void {
  for (let v = 0; v < precise.length; v++) {
    const i = precise[v];
    const r = uf.find(i);
    if (!candidate[r]) continue;
    const cur = minOf[r];
    if (cur < 0 || events[i].eventId < events[cur].eventId) minOf[r] = i;
  }
}

/** For each group with actors, the best precise root sharing ≥ minShared actors: pairs [group root, target]. */
function chooseJoins(groups: Groups, byActor: Map<number, Set<number>>, minOf: Int32Array, A: number, uf: UnionFind, events: ClusterEvent[], minShared: number): number[] {
  const joins: number[] = [];
  const {keyStart, keys, actorStart, actors} = groups;
  // Shared-actor count per candidate root, and the roots counted for this group in first-seen
  // order (the order a Map of counts would iterate in; reset after each group).
  const shared = new Int32Array(events.length);
  const seen: number[] = [];
  for (let g = 0; g < groups.root.length; g++) {
    if (actorStart[g + 1] === actorStart[g]) continue;
    seen.length = 0;
    for (let q = keyStart[g]; q < keyStart[g + 1]; q++) {
      const base = keys[q] * A;
      for (let p = actorStart[g]; p < actorStart[g + 1]; p++) {
        const set = byActor.get(base + actors[p]);
        // A hub actor on thousands of clusters is skipped: it tells nothing about which one.
        if (!set || set.size > 64) continue;
        for (const r of set) if (shared[r]++ === 0) seen.push(r);
      }
    }
    const best = bestTarget(seen, shared, minOf, uf, events, minShared);
    for (let s = 0; s < seen.length; s++) shared[seen[s]] = 0;
    if (best >= 0) joins.push(groups.root[g], best);
  }
  return joins;
}

/** The root among `seen` sharing ≥ minShared actors that is `better` than all others, or -1. */
function bestTarget(seen: number[], shared: Int32Array, minOf: Int32Array, uf: UnionFind, events: ClusterEvent[], minShared: number): number {
  let best = -1;
  let bestShared = 0;
  for (let s = 0; s < seen.length; s++) {
    const r = seen[s];
    const count = shared[r];
    if (count < minShared) continue;
    if (best < 0 || better(count, uf.sizeOf(r), events[minOf[r]].eventId, bestShared, uf.sizeOf(best), events[minOf[best]].eventId)) {
      best = r;
      bestShared = count;
    }
  }
  return best;
}

/** Key of (type, actor pair) for undated events. */
function pairKey(type: number, a: number, b: number, A: number): number {
  return (type * A + a) * A + b;
}
