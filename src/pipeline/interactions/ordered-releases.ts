/**
 * Mend 32 (review F8): stage 07's guard on a release told by its order ("President A ordered the release of B" → A
 * released B; model interaction-verbs.ts). The order may free a thing that names a person: "ordered the release of CCTV
 * footage showing B", "ordered the release of the files on B" — no one freed. The row goes when a noun of a record or a
 * thing (model ORDERED_RELEASE_THING_WORDS) stands between "release of" and the one named. Called from calls.ts, the
 * last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";
import {ORDERED_RELEASE_THING_WORDS} from "../model/interaction-verbs.ts";

const ORDERING = new Set(["ordered", "orders", "ordering", "order"]);
const THINGS = new Set(ORDERED_RELEASE_THING_WORDS);

/**
 * `pairs` without the "ordered the release of <a record> … B" rows; the same array when none goes.
 *
 * @example withoutReleasedThings(frame, pairs).length // 0 for "Tom Hale ordered the release of CCTV footage showing Otto Berg."
 */
export function withoutReleasedThings<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return withoutWhere(frame, pairs, releasedThing);
}

/** True for a released row of "ordered … release of" with a noun of a thing between the phrase and its object. */
function releasedThing(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "released" || !ORDERING.has(t[p.from]?.lower ?? "") || t[p.to - 1]?.lower !== "of") return false;
  for (let k = p.to; k < p.target.from && k < t.length; k++) if (THINGS.has(t[k].lower)) return true;
  return false;
}
