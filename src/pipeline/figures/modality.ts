/**
 * Modality of a figure: planned ("will be released", "are to be freed"), hypothetical ("could", "if",
 * "called on … to release"), claimed ("claimed", "alleged"), else reported. The nearest cue in the
 * figure's clause wins; "claimed the lives of" is a death toll, not a claim.
 */
import type {Modality} from "../types.ts";
import {CLAIM_NOT_MODALITY_AFTER, FIGURE_MODALITY_CUES} from "../model/figure-modality.ts";
import {phraseSource} from "./regex.ts";

const CUES = new Map<string, Modality>(FIGURE_MODALITY_CUES.map(([w, m]) => [w, m]));
const CUE_RE = new RegExp(`(?:${phraseSource(FIGURE_MODALITY_CUES.map(([w]) => w))})`, "gi");
const NOT_CLAIM = new RegExp(`^[ \\t]+(?:over[ \\t]+|more[ \\t]+than[ \\t]+|at[ \\t]+least[ \\t]+|nearly[ \\t]+|some[ \\t]+|about[ \\t]+|[\\d,]+[ \\t]+)*(?:${phraseSource(CLAIM_NOT_MODALITY_AFTER)})`, "i");
/** Left boundary of a figure's clause for modality: a relative pronoun not right after a reporting verb. */
const REL = /\b(?:that|which|who|whom)\b/gi;
const REPORTING_BEFORE = /\b(?:said|says|say|claimed|claims|told|reported|added|stated|announced|believes|alleged|estimated|noted)[ \t]*$/i;

/**
 * Modality for a figure at [start, end) with its clause [lo, hi) in `text`.
 *
 * @example findModality("Hamas will release 33 hostages", 19, 21, 0, 30) // "planned"
 */
export function findModality(text: string, start: number, end: number, lo: number, hi: number): Modality {
  // Cut the clause at the last relative pronoun before the number ("hostilities that have claimed…").
  const left = text.slice(lo, start);
  REL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let from = lo;
  while ((m = REL.exec(left))) {
    if (!REPORTING_BEFORE.test(left.slice(0, m.index))) from = lo + m.index + m[0].length;
  }
  const win = text.slice(from, hi);
  CUE_RE.lastIndex = 0;
  let best: Modality | null = null;
  let bestD = Infinity;
  while ((m = CUE_RE.exec(win))) {
    const w = m[0].toLowerCase().replace(/\s+/g, " ");
    if (w === "may" && m[0] !== "may") continue;
    const cs = from + m.index, ce = cs + m[0].length;
    const modality = CUES.get(w);
    if (!modality) continue;
    if (modality === "claimed" && NOT_CLAIM.test(text.slice(ce, ce + 60))) continue;
    const d = ce <= start ? start - ce : cs >= end ? cs - end : 0;
    if (d < bestD) {
      bestD = d;
      best = modality;
    }
  }
  return best ?? "reported";
}
