/**
 * Modality of a figure: planned ("will be released", "are to be freed"), hypothetical ("could", "if",
 * "called on … to release"), claimed ("claimed", "alleged"), else reported. The nearest cue in the
 * figure's clause wins; "claimed the lives of" is a death toll, not a claim.
 */
import type {Modality} from "../types.ts";
import {CLAIM_NOT_MODALITY_AFTER, FIGURE_MODALITY_CUES} from "../model/figure-modality.ts";
import {phraseSource} from "./regex.ts";
import {firstFrom} from "./sorted.ts";
import {isRegexSpace} from "../dates/spaces.ts";

const CUES = new Map<string, Modality>(FIGURE_MODALITY_CUES.map(([w, m]) => [w, m]));
const CUE_RE = new RegExp(`(?:${phraseSource(FIGURE_MODALITY_CUES.map(([w]) => w))})`, "gi");
const NOT_CLAIM = new RegExp(`^[ \\t]+(?:over[ \\t]+|more[ \\t]+than[ \\t]+|at[ \\t]+least[ \\t]+|nearly[ \\t]+|some[ \\t]+|about[ \\t]+|[\\d,]+[ \\t]+)*(?:${phraseSource(CLAIM_NOT_MODALITY_AFTER)})`, "i");
/** Left boundary of a figure's clause for modality: a relative pronoun not right after a reporting verb. */
const REL = /\b(?:that|which|who|whom)\b/gi;
const REPORTING_BEFORE = /\b(?:said|says|say|claimed|claims|told|reported|added|stated|announced|believes|alleged|estimated|noted)[ \t]*$/i;

function hasWhitespace(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (isRegexSpace(t.charCodeAt(k))) return true;
  return false;
}

/**
 * REPORTING_BEFORE right before `pos`. Its verbs end in d, s or y before the blanks ("said that", "says
 * that"): any other character there skips the regex (this runs for every "that"/"which"/"who").
 */
function reportingBefore(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = k >= 0 ? text.charCodeAt(k) | 32 : 0;
  if (c !== 100 && c !== 115 && c !== 121) return false;
  return REPORTING_BEFORE.test(text.slice(Math.max(0, pos - 20), pos));
}

export interface ModalityCue {
  start: number;
  end: number;
  modality: Modality;
}

/**
 * Modality cues and relative-pronoun clause cuts of a sentence, found once.
 *
 * @example sentenceModality("Hamas will release 33 hostages").cues[0].modality // "planned"
 */
export function sentenceModality(text: string): {cues: ModalityCue[]; cuts: number[]} {
  const cues: ModalityCue[] = [];
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text))) {
    // Most cues are one word: only a cue with whitespace needs the replacement.
    const lw = m[0].toLowerCase();
    const w = hasWhitespace(lw) ? lw.replace(/\s+/g, " ") : lw;
    if (w === "may" && m[0] !== "may") continue;
    const modality = CUES.get(w);
    if (!modality) continue;
    const ce = m.index + m[0].length;
    if (modality === "claimed" && NOT_CLAIM.test(text.slice(ce, ce + 60))) continue;
    cues.push({start: m.index, end: ce, modality});
  }
  const cuts: number[] = [];
  REL.lastIndex = 0;
  while ((m = REL.exec(text))) {
    if (!reportingBefore(text, m.index)) cuts.push(m.index + m[0].length);
  }
  return {cues, cuts};
}

/**
 * Modality for a figure at [start, end) with its clause [lo, hi), from the sentence's cues.
 * The clause is cut at the last relative pronoun before the number ("hostilities that have claimed…").
 *
 * @example findModality(sentenceModality(t), 19, 21, 0, 30) // "planned"
 */
export function findModality(s: {cues: ModalityCue[]; cuts: number[]}, start: number, end: number, lo: number, hi: number): Modality {
  let from = lo;
  // cuts are ascending: the last one at or before the number.
  let a = 0, b = s.cuts.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (s.cuts[mid] <= start) a = mid + 1;
    else b = mid;
  }
  if (a > 0 && s.cuts[a - 1] > from) from = s.cuts[a - 1];
  let best: Modality | null = null;
  let bestD = Infinity;
  for (let i = firstFrom(s.cues, from); i < s.cues.length && s.cues[i].start < hi; i++) {
    const c = s.cues[i];
    if (c.end > hi) continue;
    const d = c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0;
    if (d < bestD) {
      bestD = d;
      best = c.modality;
    }
  }
  return best ?? "reported";
}
