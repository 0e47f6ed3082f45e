/**
 * The position filters pass 1 applies to a count's cue hits, as plain loops. Each did the same as the
 * `hits.filter((h) => …)` / `hits.some((h) => …)` it replaces (a new array, the same hits in the same order): an
 * arrow callback is a compile job of its own and is inlined again into every caller, these are compiled once.
 */
import type {CueHit} from "./category.ts";
import type {FigureCategory} from "../types.ts";

/**
 * The hits starting at or after `pos` (the cues after the count: "hits.filter((h) => h.start >= pos)").
 *
 * @example hitsFrom(hits, c.groupEnd)
 */
export function hitsFrom(hits: CueHit[], pos: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < hits.length; i++) if (hits[i].start >= pos) out.push(hits[i]);
  return out;
}

/**
 * The hits starting before `pos` ("hits.filter((h) => h.start < pos)").
 *
 * @example hitsBefore(hits, companionEnd)
 */
export function hitsBefore(hits: CueHit[], pos: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < hits.length; i++) if (hits[i].start < pos) out.push(hits[i]);
  return out;
}

/**
 * The hits inside [start, end] ("hits.filter((h) => h.start >= start && h.end <= end)").
 *
 * @example hitsInside(hits, c.start, c.groupEnd)
 */
export function hitsInside(hits: CueHit[], start: number, end: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < hits.length; i++) if (hits[i].start >= start && hits[i].end <= end) out.push(hits[i]);
  return out;
}

/**
 * `first`, then the hits ending at or before `end` ("[first, ...hits.filter((h) => h.end <= end)]"): a verb of
 * the count's own replaces the cues after it.
 *
 * @example ownVerbFirst(relRelease.hit, hits, c.groupEnd)
 */
export function ownVerbFirst(first: CueHit, hits: CueHit[], end: number): CueHit[] {
  const out: CueHit[] = [first];
  for (let i = 0; i < hits.length; i++) if (hits[i].end <= end) out.push(hits[i]);
  return out;
}

/**
 * ownVerbFirst for a release told after a relative clause or an aside, where the count's own label may name a seizure
 * ("Three kidnapping victims, all farmers, were freed", "Four abducted pupils, who were found in a barn, were released"):
 * an abduction or holding cue inside the group phrase [`start`, `end`] is the people's past, and goes.
 *
 * @example ownReleaseOverLabel(relRelease.hit, hits, c.start, c.groupEnd)
 */
export function ownReleaseOverLabel(first: CueHit, hits: CueHit[], start: number, end: number): CueHit[] {
  const out: CueHit[] = [first];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.end > end) continue;
    if (h.start >= start && (h.category === "abducted" || h.category === "hostages_held")) continue;
    out.push(h);
  }
  return out;
}

/**
 * Whether some hit starts at or after `pos` ("hits.some((h) => h.start >= pos)").
 *
 * @example anyHitFrom(hits, reported)
 */
export function anyHitFrom(hits: CueHit[], pos: number): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i].start >= pos) return true;
  return false;
}

/**
 * Whether some hit is of `category` ("hits.some((h) => h.category === category)").
 *
 * @example anyHitOf(hits, "hostages_released")
 */
export function anyHitOf(hits: CueHit[], category: FigureCategory): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i].category === category) return true;
  return false;
}

/**
 * Whether some hit of `category` starts after `pos` ("hits.some((h) => h.category === category && h.start > pos)").
 *
 * @example anyHitOfAfter(hits, "hostages_released", participle.end)
 */
export function anyHitOfAfter(hits: CueHit[], category: FigureCategory, pos: number): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i].category === category && hits[i].start > pos) return true;
  return false;
}

/**
 * Whether some hit of `category` ends at or before `end` ("hits.some((h) => h.category === category && h.end <= end)").
 *
 * @example anyHitOfBefore(hits, "hostages_released", groupStart)
 */
export function anyHitOfBefore(hits: CueHit[], category: FigureCategory, end: number): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i].category === category && hits[i].end <= end) return true;
  return false;
}

/**
 * Whether some hit of `category` starts at or after `pos` ("hits.some((h) => h.category === category && h.start >= pos)").
 *
 * @example anyHitOfFrom(r.hits, "hostages_released", c.groupEnd)
 */
export function anyHitOfFrom(hits: CueHit[], category: FigureCategory, pos: number): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i].category === category && hits[i].start >= pos) return true;
  return false;
}
