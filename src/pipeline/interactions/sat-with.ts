/**
 * Round 34: a meeting told by a seat beside someone. "The minister sat with the injured driver, Tom Berg, at his bedside
 * on Monday" → the minister met Tom Berg (model interaction-verbs.ts SAT_WITH_PHRASES). The seat is a visit only with a
 * bedside, a hospital, a home or a time spent told after the one sat with (SAT_WITH_VISIT_WORDS): "sat with B in the
 * stands", "sat with B on the board of Acme" and "sat with B on the bench" give nothing. Called from calls.ts, the last pass
 * over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";
import {SAT_WITH_PHRASES, SAT_WITH_SEAT_WORDS, SAT_WITH_VISIT_WORDS} from "../model/interaction-verbs.ts";

const SAT_FIRST = new Set(SAT_WITH_PHRASES.map((p) => p.split(" ")[0]));
const SAT = new Set(SAT_WITH_PHRASES);
const VISIT = new Set(SAT_WITH_VISIT_WORDS);
const SEATS = new Set(SAT_WITH_SEAT_WORDS);
/** How many words after the one sat with the visit's word may stand. */
const VISIT_REACH = 8;

/**
 * `pairs` without the "sat with B" meetings that tell no visit after B; the same array when none goes.
 *
 * @example withoutSeatsOnly(frame, pairs).length // 0 for "Ana Lee sat with Tom Berg in the stands."
 */
export function withoutSeatsOnly<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return withoutWhere(frame, pairs, seatOnly);
}

/** True for a met row of a SAT_WITH_PHRASES verb with no visit word after its one sat with, in its clause. */
function seatOnly(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || p.to !== p.from + 2 || !SAT_FIRST.has(t[p.from].lower) || !SAT.has(`${t[p.from].lower} ${t[p.from + 1].lower}`)) return false;
  const end = Math.max(p.target.to, p.source.to);
  let visit = false;
  for (let k = end; k < t.length && k < end + VISIT_REACH; k++) {
    const w = t[k];
    // Mend 34 (review F1): a seat told in the clause ("on the jury for three hours", "for three hours on the flight") is no
    // visit, nor a "house" of a chamber ("in the House of Commons").
    if (SEATS.has(w.lower)) return true;
    if (VISIT.has(w.lower) && !(w.lower === "house" && t[k + 1]?.lower === "of")) visit = true;
    if (w.punct && w.text !== ",") break;
    if (w.lower === "and" && k > end) break;
  }
  return !visit;
}
