/**
 * Modality of a figure: planned ("will be released", "are to be freed"), hypothetical ("could", "if",
 * "called on … to release"), claimed ("claimed", "alleged"), else reported. The nearest cue in the
 * figure's clause wins; "claimed the lives of" is a death toll, not a claim.
 */
import type {Modality} from "../types.ts";
import {CLAIM_NOT_MODALITY_AFTER, FIGURE_MODALITY_CUES} from "../model/figure-modality.ts";
import {phraseSource} from "./regex.ts";
import {firstFrom} from "./sorted.ts";
import {lowerCase} from "./chars.ts";
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
 * CUE_RE and REL in one scan, restarted one character after each match so every start of each is visited (a
 * global scan of each alone skips the starts inside its previous match: see cueEnd, relEnd). REL is group 1;
 * at a position where a cue matches, the alternation hides REL, so REL is then tried there on its own.
 */
const CUE_OR_REL = new RegExp(`${CUE_RE.source}|(${REL.source})`, "gi");
const REL_AT = new RegExp(REL.source, "iy");

/** First letters of REL's words (t, w), both cases. */
function relMayStart(c: number): boolean {
  const l = c | 32;
  return l === 116 || l === 119;
}

/**
 * Modality cues and relative-pronoun clause cuts of a sentence, found once.
 *
 * @example sentenceModality("Hamas will release 33 hostages").cues[0].modality // "planned"
 */
export function sentenceModality(text: string): {cues: ModalityCue[]; cuts: number[]} {
  const cues: ModalityCue[] = [];
  const cuts: number[] = [];
  let cueEnd = 0;
  let relEnd = 0;
  CUE_OR_REL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_OR_REL.exec(text))) {
    const i = m.index;
    const end = i + m[0].length;
    CUE_OR_REL.lastIndex = i + 1;
    if (m[1] !== undefined) {
      if (i >= relEnd) {
        relEnd = end;
        if (!reportingBefore(text, i)) cuts.push(end);
      }
      continue;
    }
    if (relMayStart(text.charCodeAt(i)) && i >= relEnd) {
      REL_AT.lastIndex = i;
      if (REL_AT.test(text)) {
        relEnd = REL_AT.lastIndex;
        if (!reportingBefore(text, i)) cuts.push(relEnd);
      }
    }
    if (i < cueEnd) continue;
    cueEnd = end;
    const modality = cueModality(text, m[0], end);
    if (modality) cues.push({start: i, end, modality});
  }
  return {cues, cuts};
}

/** The modality of the cue `raw` ending at `end`, or null ("May" the month, "claimed the lives of"). */
function cueModality(text: string, raw: string, end: number): Modality | null {
  // Most cues are one word: only a cue with whitespace needs the replacement.
  const lw = lowerCase(raw);
  const w = hasWhitespace(lw) ? lw.replace(/\s+/g, " ") : lw;
  if (w === "may" && raw !== "may") return null;
  const modality = CUES.get(w);
  if (!modality) return null;
  if (modality === "claimed" && NOT_CLAIM.test(text.slice(end, end + 60))) return null;
  return modality;
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
