/**
 * The hedge words around one number phrase: "approximately 2,000" → "approximately",
 * "1,200 or more" → "or more". Each figure reads only the words touching it, so in
 * "some 1,200 people … and another 250" the second figure's hedge is "another", not "some".
 */
import {EXACT_HEDGES, PREFIX_HEDGES, SUFFIX_HEDGES} from "../model/hedges.ts";
import {phraseSource} from "./regex.ts";

const PREFIX = new RegExp(`(?:^|[^A-Za-z])(${phraseSource(PREFIX_HEDGES)})[ \\t]*$`, "i");
const SUFFIX = new RegExp(`[ \\t]*(${SUFFIX_HEDGES.map((h) => h.replace(/[+]/g, "\\+").replace(/ /g, "[ \\t]+")).join("|")})(?![A-Za-z])`, "iy");
const EXACT = new Set(EXACT_HEDGES);

export interface Hedge {
  /** Lower-case hedge, or "exact". */
  qualifier: string;
  /** Start of the quoted phrase (the hedge's start, or the number's). */
  start: number;
  /** End of the quoted phrase (after a suffix hedge, or the number's end). */
  end: number;
}

/**
 * Hedge of the number at [start, end) in `text`.
 *
 * @example findHedge("in which some 1,200 people", 14, 19) // {qualifier: "some", start: 9, end: 19}
 */
export function findHedge(text: string, start: number, end: number): Hedge {
  // Only a short window: hedges are at most four words ("no fewer than").
  const left = text.slice(Math.max(0, start - 24), start);
  const pm = PREFIX.exec(left);
  let qualifier = "exact";
  let s = start;
  if (pm) {
    const word = pm[1].toLowerCase().replace(/\s+/g, " ");
    qualifier = EXACT.has(word) ? "exact" : word;
    const trailing = pm[0].length - pm[0].trimEnd().length;
    const lead = pm[0].length - pm[1].length - trailing;
    s = start - left.length + pm.index + lead;
  }
  let e = end;
  SUFFIX.lastIndex = end;
  const sm = SUFFIX.exec(text);
  if (sm) {
    const word = sm[1].toLowerCase().replace(/^-/, "").replace(/\s+/g, " ");
    if (qualifier === "exact") qualifier = word === "+" ? "plus" : word;
    e = SUFFIX.lastIndex;
  }
  return {qualifier, start: s, end: e};
}
