/**
 * Outlets page views: coverage matrix (outlet × event), labels per outlet and actor, and the
 * spelling of each name each outlet uses.
 */
import {el} from "./dom.js";
import {frame, plural} from "./frame.js";
import {outletKey} from "./filter.js";
import {clickable} from "./marks.js";
import {eventClusters, type EventLike} from "./timeline.js";

export interface CoverageCell<E> {
  outlet: string;
  name: string;
  cluster: string;
  label: string;
  n: number;
  rows: E[];
}


interface MentionLike {
  outlet: string | null;
  actor_id: string;
  surface: string;
}

export interface Spelling {
  actor_id: string;
  outlet: string;
  surfaces: [string, number][];
}

/**
 * For actors written more than one way across the corpus, how each outlet writes them. A form in
 * capitals ("MOSCOW" in a dateline, a headline in caps) is the same spelling as the mixed-case
 * form it capitalises ("Moscow"), so it is counted under that form and makes no variant alone.
 * @example nameSpellings([{outlet: "a", actor_id: "x", surface: "Hodorov"}, {outlet: "b", actor_id: "x", surface: "Khodorov"}])
 */
export function nameSpellings(mentions: MentionLike[]): Spelling[] {
  // The mixed-case form of each (actor, lower-cased surface), to fold capitals into.
  const mixed = new Map<string, string>();
  for (const m of mentions) {
    const s = m.surface.trim();
    const k = `${m.actor_id}\u0000${s.toLowerCase()}`;
    if (s && !allCaps(s) && !mixed.has(k)) mixed.set(k, s);
  }
  const surfaces = new Map<string, Set<string>>();
  const counts = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const raw = m.surface.trim();
    if (!raw) continue;
    const s = allCaps(raw) ? (mixed.get(`${m.actor_id}\u0000${raw.toLowerCase()}`) ?? raw) : raw;
    if (!surfaces.has(m.actor_id)) surfaces.set(m.actor_id, new Set());
    surfaces.get(m.actor_id)!.add(s);
    const key = `${m.actor_id}\u0000${outletKey(m)}`;
    if (!counts.has(key)) counts.set(key, new Map());
    counts.get(key)!.set(s, (counts.get(key)!.get(s) ?? 0) + 1);
  }
  const out: Spelling[] = [];
  for (const [key, c] of counts) {
    const [actor_id, outlet] = key.split("\u0000");
    if (surfaces.get(actor_id)!.size < 2) continue;
    out.push({actor_id, outlet, surfaces: [...c].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))});
  }
  return out.sort((a, b) => a.actor_id.localeCompare(b.actor_id) || a.outlet.localeCompare(b.outlet));
}

/** Capitals only, with at least two letters ("MOSCOW", "AL-QUDWA"; not "UN", which has no other form, nor "Moscow"). */
function allCaps(s: string): boolean {
  return s.length > 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/**
 * A plain table: rows of cells (strings or nodes), with a caption for screen readers.
 * @example simpleTable(["A", "B"], [["1", "2"]], "Example")
 */
export function simpleTable(head: string[], rows: (string | Node)[][], label: string): HTMLElement {
  return el(
    "div",
    {class: "np-scroll"},
    el("table", {class: "np-table", "aria-label": label}, el("thead", {}, el("tr", {}, head.map((h) => el("th", {scope: "col"}, h)))), el("tbody", {}, rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c))))))
  );
}
