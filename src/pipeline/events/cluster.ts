import {UnionFind} from "../util/union-find.ts";

/** An event reduced to what clustering needs (stage 10 exports it as ClusterInput). */
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
  return ClusterInputs.of(events, addClusterEvent).labelsById();
}

/**
 * The cluster id of each event, by position (the rules of clusterIds). Stage 11 reads labels
 * by position (through ClusterInputs) instead of a Map keyed by event id: no 100,000-entry
 * table to build and look up.
 *
 * @example clusterLabels([{eventId: "e1", type: "release", date: "2025-10-13", actors: ["a"]}]) // ["c_e1"]
 */
export function clusterLabels(events: ClusterEvent[]): string[] {
  return ClusterInputs.of(events, addClusterEvent).labels();
}

/** Adds a ClusterEvent (ClusterInputs.of's reader for clusterIds and clusterLabels). */
function addClusterEvent(inputs: ClusterInputs, e: ClusterEvent): void {
  inputs.add(e.eventId, e.type, e.date, e.actors);
}

/**
 * The events to cluster, interned as they are added: actor names and types become small
 * integers, so the hash keys of the rules are numbers ((type, period) id × actor count + actor
 * id) instead of strings built per event and actor. Stage 10's clusterEventRows adds stage 11's
 * event rows as they are, through `of` (no intermediate object per event, e.g. 100,000 for 5,000 articles);
 * `labels()` then applies the rules of clusterIds.
 *
 * @example const c = new ClusterInputs(1); c.add("e1", "release", "2025-10-13", ["a"]); c.labels() // ["c_e1"]
 */
export class ClusterInputs {
  /** Event ids by position (the smallest names its cluster). */
  private readonly ids: string[] = [];
  private readonly actorId = new Map<string, number>();
  private readonly actorName: string[] = [];
  private readonly typeId = new Map<string, number>();
  private readonly periodIds: PeriodIds = {byKey: [new Map(), new Map(), new Map()], up: [[], []]};
  // Event i's distinct actor ids are flat[start[i]] … flat[start[i + 1] − 1]: two typed arrays
  // instead of one small array per event (flat grows by doubling).
  private readonly start: Int32Array;
  private flat: Int32Array;
  private readonly level: Uint8Array;
  private readonly types: Int32Array;
  /** periods[lv][i]: (type, period) id of event i at level lv; -1 where its date is vaguer. */
  private readonly periods: Int32Array[];
  /** Events per date level (day, month, year, none). */
  private readonly perLevel = [0, 0, 0, 0];

  /** `capacity`: the number of events that will be added (at most). */
  constructor(capacity: number) {
    this.start = new Int32Array(capacity + 1);
    this.flat = new Int32Array(Math.max(16, capacity * 2));
    this.level = new Uint8Array(capacity);
    this.types = new Int32Array(capacity);
    this.periods = [new Int32Array(capacity).fill(-1), new Int32Array(capacity).fill(-1), new Int32Array(capacity).fill(-1)];
  }

  /**
   * ClusterInputs holding `events`, each added by `add`, which reads its fields: one loop for
   * every shape of event (a ClusterEvent, stage 11's event row) with no object made per event.
   *
   * @example ClusterInputs.of(rows, (c, r) => c.add(r.event_id, r.type, r.date, r.actors)).labels()
   */
  static of<E>(events: readonly E[], add: (inputs: ClusterInputs, event: E) => void): ClusterInputs {
    const inputs = new ClusterInputs(events.length);
    for (let i = 0; i < events.length; i++) add(inputs, events[i]);
    return inputs;
  }

  /** Adds one event (its actors may repeat: only distinct ones count). */
  add(eventId: string, type: string, date: string | null, actors: string[]): void {
    const i = this.ids.length;
    if (i >= this.level.length) throw new RangeError(`ClusterInputs: more than ${this.level.length} events`);
    this.ids.push(eventId);
    const from = this.start[i];
    if (this.flat.length - from < actors.length) this.grow(from + actors.length);
    this.start[i + 1] = addActors(actors, this.flat, from, this.actorId, this.actorName);
    const lv = precisionOf(date);
    this.level[i] = lv;
    this.perLevel[lv]++;
    const t = intern(this.typeId, type);
    this.types[i] = t;
    if (lv < 3) setPeriods(this.periodIds, date!, lv, t, i, this.periods);
  }

  private grow(atLeast: number): void {
    const flat = new Int32Array(Math.max(atLeast, this.flat.length * 2));
    flat.set(this.flat);
    this.flat = flat;
  }

  /** The cluster id of each added event, by position. */
  labels(): string[] {
    // One short driver over small helpers, each with one hot loop: this runs once per corpus, so
    // V8 compiles it while it runs (on-stack replacement), and one long function with ten loops
    // was compiled again at every loop and thrown away at every line past it that had not run yet
    // ("insufficient type feedback"), 20 times per run at up to 70 ms each.
    const n = this.ids.length;
    const events = this.ids;
    const uf = new UnionFind(n);
    const actors: Actors = {start: this.start, flat: this.flat};
    const {types, periods} = this;
    const A = Math.max(1, this.actorName.length);
    const byLevel = levelLists(this.level, n, this.perLevel);

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

  /** Event id → cluster id; an id added twice maps to the cluster of its last event. */
  labelsById(): Map<string, string> {
    const labels = this.labels();
    const out = new Map<string, string>();
    for (let i = 0; i < labels.length; i++) out.set(this.ids[i], labels[i]);
    return out;
  }

  /**
   * The labels by position as labelsById gives them: when two events share an id (e1 at 0 and 5,
   * in different clusters), both take the cluster of the last one (5's).
   */
  lastLabelPerId(): string[] {
    const byId = this.labelsById();
    return this.ids.map((id) => byId.get(id)!);
  }
}

/**
 * Dense ids of (type, period) per date level, and for each day id its month id (up[0]), for
 * each month id its year id (up[1]). Ids are only compared for equality, never across levels.
 */
interface PeriodIds {
  byKey: Map<number, number>[];
  up: number[][];
}

/**
 * Sets periods[lv][i] for event i (type `type`, date `date` at level `from`) at its own level
 * and every vaguer one. The period is read as a number from the ISO digits (2025-10-13 →
 * 20251013, month 202510, year 2025) and looked up with the type as one number key: a day
 * event costs one lookup, its month and year ids are read from `up` (found once per new day).
 */
function setPeriods(ids: PeriodIds, date: string, from: number, type: number, i: number, periods: Int32Array[]): void {
  let id = periodId(ids, date, from, type);
  periods[from][i] = id;
  for (let lv = from; lv < 2; lv++) {
    id = ids.up[lv][id];
    periods[lv + 1][i] = id;
  }
}

/** The id of (type, date cut to `lv`), assigning it (and its vaguer ids) when new. */
function periodId(ids: PeriodIds, date: string, lv: number, type: number): number {
  // Period codes have at most 8 digits: type × 10^8 + code is one key per (type, period).
  const key = type * 1e8 + periodCode(date, lv as 0 | 1 | 2);
  const map = ids.byKey[lv];
  let id = map.get(key);
  if (id === undefined) {
    map.set(key, (id = map.size));
    if (lv < 2) ids.up[lv].push(periodId(ids, date, lv + 1, type));
  }
  return id;
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
  // Their order only matters past MAX_PAIR_ACTORS (the undated rule pairs an event's first
  // actors in name order), so only such lists are sorted.
  if (end - from > MAX_PAIR_ACTORS) sortByName(flat, from, end, actorName);
  return end;
}

/** Event indexes by date level, in index order: `at[lv]` at that level, `finerThan[lv]` below it. */
interface LevelLists {
  at: Int32Array[];
  finerThan: Int32Array[];
}

/** The LevelLists of `n` events with these levels (`perLevel[lv]` events at level lv), in one pass. */
function levelLists(level: Uint8Array, n: number, perLevel: number[]): LevelLists {
  const at = perLevel.map((count) => new Int32Array(count));
  const finerThan = [new Int32Array(0), new Int32Array(perLevel[0]), new Int32Array(perLevel[0] + perLevel[1]), new Int32Array(perLevel[0] + perLevel[1] + perLevel[2])];
  const atEnd = [0, 0, 0, 0];
  const finerEnd = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const lv = level[i];
    at[lv][atEnd[lv]++] = i;
    for (let up = lv + 1; up < 4; up++) finerThan[up][finerEnd[up]++] = i;
  }
  return {at, finerThan};
}

/** Undated events sharing a (type, actor pair) among their first MAX_PAIR_ACTORS actors join. */
function joinUndated(undated: Int32Array, actors: Actors, types: Int32Array, A: number, uf: UnionFind): void {
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
        joinFirst(pairIndex, x < y ? pairKey(types[i], x, y, A) : pairKey(types[i], y, x, A), i, uf);
      }
    }
  }
}

/** One id string per cluster ("c_" + its smallest event id), shared by all its events. */
function clusterNames(ids: string[], uf: UnionFind): string[] {
  const n = ids.length;
  const roots = new Int32Array(n);
  const minOf = new Int32Array(n).fill(-1);
  smallestPerCluster(ids, uf, roots, minOf);
  // A root is its set's smallest index (UnionFind), so out[root] is written before any other
  // member reads it: no separate label per root.
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = roots[i];
    out[i] = r === i ? "c_" + ids[minOf[r]] : out[r];
  }
  return out;
}

/** Fills roots[i] with event i's root and minOf[root] with the cluster's smallest event id's index. */
function smallestPerCluster(ids: string[], uf: UnionFind, roots: Int32Array, minOf: Int32Array): void {
  for (let i = 0; i < ids.length; i++) {
    const r = uf.find(i);
    roots[i] = r;
    const cur = minOf[r];
    if (cur < 0 || ids[i] < ids[cur]) minOf[r] = i;
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
function joinOnSharedActor(list: Int32Array, key: Keys, actors: Actors, A: number, uf: UnionFind): void {
  const first = new Map<number, number>();
  const actorless = new Map<number, number>();
  const {start, flat} = actors;
  for (let v = 0; v < list.length; v++) {
    const i = list[v];
    if (start[i + 1] === start[i]) {
      joinFirst(actorless, key[i], i, uf);
      continue;
    }
    for (let p = start[i]; p < start[i + 1]; p++) joinFirst(first, key[i] * A + flat[p], i, uf);
  }
}

/**
 * Event i joins the first event seen under `key`, or becomes it: the step of every "share a key"
 * rule. Joining each event to the first one suffices (e1, e4, e9 under one key: e4–e1, e9–e1).
 */
function joinFirst(first: Map<number, number>, key: number, i: number, uf: UnionFind): void {
  const j = first.get(key);
  if (j === undefined) first.set(key, i);
  else uf.union(i, j);
}

/** Day events with no actors join the largest actor cluster of their type and day (ties: smallest id). */
function attachActorless(list: Int32Array, key: Keys, actors: Actors, uf: UnionFind, ids: string[]): void {
  const minOf = new Int32Array(ids.length).fill(-1);
  smallestByRoot(list, uf, ids, minOf, null);
  // (type, day) → root of the best actor cluster so far.
  const best = new Map<number, number>();
  for (let v = 0; v < list.length; v++) {
    const i = list[v];
    if (actors.start[i + 1] === actors.start[i]) continue;
    const root = uf.find(i);
    const k = key[i];
    const cur = best.get(k);
    if (cur === undefined || (cur !== root && better(0, uf.sizeOf(root), ids[minOf[root]], 0, uf.sizeOf(cur), ids[minOf[cur]]))) best.set(k, root);
  }
  const joins: number[] = [];
  for (let v = 0; v < list.length; v++) {
    const i = list[v];
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

/**
 * minOf[root] = index (into ids) of the smallest event id among the events of `list` with that
 * root; only for roots marked in `only` when it is given (attachGroups' candidate clusters).
 * Other entries of minOf are left as they are (-1 from the caller's fill).
 */
function smallestByRoot(list: Int32Array, uf: UnionFind, ids: string[], minOf: Int32Array, only: Uint8Array | null): void {
  for (let v = 0; v < list.length; v++) {
    const i = list[v];
    const r = uf.find(i);
    if (only && !only[r]) continue;
    const cur = minOf[r];
    if (cur < 0 || ids[i] < ids[cur]) minOf[r] = i;
  }
}

/**
 * Attaches each group (component) of `vague` events to ONE cluster of `precise` events with
 * the same key sharing ≥ `minShared` actors: most shared actors, then largest, then smallest
 * id. Sizes and ids are snapshotted first, so the outcome does not depend on input order.
 * Each step is its own small function (see ClusterInputs.labels: one hot loop per compiled unit).
 */
function attachGroups(
  vague: Int32Array,
  precise: Int32Array,
  vagueKey: Keys,
  preciseKey: Keys,
  actors: Actors,
  A: number,
  uf: UnionFind,
  ids: string[],
  minShared: number
): void {
  if (vague.length === 0 || precise.length === 0) return;
  const groups = vagueGroups(vague, vagueKey, actors, A, uf, ids.length);
  const candidate = new Uint8Array(ids.length);
  const byActor = preciseByActor(precise, preciseKey, actors, A, uf, wantedKeys(groups, A), candidate);
  // Snapshot of the candidate precise clusters: size and smallest precise event id.
  const minOf = new Int32Array(ids.length).fill(-1);
  smallestByRoot(precise, uf, ids, minOf, candidate);
  const joins = chooseJoins(groups, byActor, minOf, A, uf, ids, minShared);
  for (let k = 0; k < joins.length; k += 2) uf.union(joins[k], joins[k + 1]);
}

/**
 * The components of some events: `count` groups; root of group g, and its distinct keys
 * keys[keyStart[g] … keyStart[g + 1] − 1] and actors actors[actorStart[g] … actorStart[g + 1] − 1].
 * Typed arrays sized by upper bounds (a group per event, a key per event, the events' actors):
 * no arrays grown by push over every vague event.
 */
interface Groups {
  count: number;
  root: Int32Array;
  keyStart: Int32Array;
  keys: Int32Array;
  actorStart: Int32Array;
  actors: Int32Array;
}

/** Groups the vague events by their own component (members adjacent, in index order). */
function vagueGroups(vague: Int32Array, vagueKey: Keys, actors: Actors, A: number, uf: UnionFind, n: number): Groups {
  const rootOf = new Int32Array(n);
  let actorCount = 0;
  for (let v = 0; v < vague.length; v++) {
    const i = vague[v];
    rootOf[i] = uf.find(i);
    actorCount += actors.start[i + 1] - actors.start[i];
  }
  const order = byRoot(vague, rootOf, n);
  const root = new Int32Array(vague.length);
  const keyStart = new Int32Array(vague.length + 1);
  const keys = new Int32Array(vague.length);
  const actorStart = new Int32Array(vague.length + 1);
  const groupActors = new Int32Array(actorCount);
  let g = 0;
  let keyEnd = 0;
  let actorEnd = 0;
  // stamp[a] === group number + 1 once actor a is in the current group's list.
  const stamp = new Int32Array(A);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const r = rootOf[i];
    if (k === 0 || rootOf[order[k - 1]] !== r) {
      root[g] = r;
      keyStart[g] = keyEnd;
      actorStart[g] = actorEnd;
      g++;
    }
    const key = vagueKey[i];
    let seen = false;
    for (let q = keyStart[g - 1]; q < keyEnd; q++) if (keys[q] === key) seen = true;
    if (!seen) keys[keyEnd++] = key;
    for (let p = actors.start[i]; p < actors.start[i + 1]; p++) {
      const a = actors.flat[p];
      if (stamp[a] === g) continue;
      stamp[a] = g;
      groupActors[actorEnd++] = a;
    }
  }
  keyStart[g] = keyEnd;
  actorStart[g] = actorEnd;
  return {count: g, root, keyStart, keys, actorStart, actors: groupActors};
}

/**
 * The events sorted by root, in index order within a root: a counting sort (roots are event
 * indexes), no comparator sort over every vague event.
 */
function byRoot(ids: Int32Array, rootOf: Int32Array, n: number): Int32Array {
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
  for (let g = 0; g < groups.count; g++) {
    for (let q = keyStart[g]; q < keyStart[g + 1]; q++) {
      const base = keys[q] * A;
      for (let p = actorStart[g]; p < actorStart[g + 1]; p++) wanted.add(base + actors[p]);
    }
  }
  return wanted;
}

/**
 * More distinct roots than this under one (key, actor) make it a hub actor, which chooseJoins
 * skips: it tells nothing about which cluster is meant.
 */
const HUB_ROOTS = 64;

/**
 * (key, actor) → distinct roots of the precise events carrying that actor, in first-seen order
 * (the order a Set would iterate in), but no more than HUB_ROOTS + 1: past HUB_ROOTS the list
 * only says "hub", so the duplicate scan stays short. Arrays, not Sets: chooseJoins then reads
 * them with an indexed loop (a for-of over a Set was an iterator in its compiled graph).
 * Marks every root in `candidate`.
 */
function preciseByActor(precise: Int32Array, preciseKey: Keys, actors: Actors, A: number, uf: UnionFind, wanted: Set<number>, candidate: Uint8Array): Map<number, number[]> {
  const byActor = new Map<number, number[]>();
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
      const roots = byActor.get(k);
      if (!roots) byActor.set(k, [r]);
      else if (roots.length <= HUB_ROOTS && !roots.includes(r)) roots.push(r);
      candidate[r] = 1;
    }
  }
  return byActor;
}

/** For each group with actors, the best precise root sharing ≥ minShared actors: pairs [group root, target]. */
function chooseJoins(groups: Groups, byActor: Map<number, number[]>, minOf: Int32Array, A: number, uf: UnionFind, ids: string[], minShared: number): number[] {
  const joins: number[] = [];
  const {keyStart, keys, actorStart, actors} = groups;
  // Shared-actor count per candidate root, and the roots counted for this group in first-seen
  // order (the order a Map of counts would iterate in; reset after each group).
  const shared = new Int32Array(ids.length);
  const seen: number[] = [];
  for (let g = 0; g < groups.count; g++) {
    if (actorStart[g + 1] === actorStart[g]) continue;
    seen.length = 0;
    for (let q = keyStart[g]; q < keyStart[g + 1]; q++) {
      const base = keys[q] * A;
      for (let p = actorStart[g]; p < actorStart[g + 1]; p++) {
        const roots = byActor.get(base + actors[p]);
        // A hub actor on thousands of clusters is skipped: it tells nothing about which one.
        if (!roots || roots.length > HUB_ROOTS) continue;
        for (let k = 0; k < roots.length; k++) if (shared[roots[k]]++ === 0) seen.push(roots[k]);
      }
    }
    const best = bestTarget(seen, shared, minOf, uf, ids, minShared);
    for (let s = 0; s < seen.length; s++) shared[seen[s]] = 0;
    if (best >= 0) joins.push(groups.root[g], best);
  }
  return joins;
}

/** The root among `seen` sharing ≥ minShared actors that is `better` than all others, or -1. */
function bestTarget(seen: number[], shared: Int32Array, minOf: Int32Array, uf: UnionFind, ids: string[], minShared: number): number {
  let best = -1;
  let bestShared = 0;
  for (let s = 0; s < seen.length; s++) {
    const r = seen[s];
    const count = shared[r];
    if (count < minShared) continue;
    if (best < 0 || better(count, uf.sizeOf(r), ids[minOf[r]], bestShared, uf.sizeOf(best), ids[minOf[best]])) {
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
