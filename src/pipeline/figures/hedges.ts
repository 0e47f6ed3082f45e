/**
 * The hedge words around one number phrase: "approximately 2,000" → "approximately",
 * "1,300 or more" → "or more". Each figure reads only the words touching it, so in
 * "some 1,300 people … and another 180" the second figure's hedge is "another", not "some".
 */
import {EXACT_HEDGES, PARTICLE_VERBS, PREFIX_HEDGES, SUFFIX_HEDGES} from "../model/hedges.ts";
import {wordsBefore, type WordsBefore} from "./words.ts";
import {codeAt} from "./chars.ts";

const norm = (h: string) => h.toLowerCase().replace(/\.+$/, "").replace(/\s+/g, " ");
const PREFIX = new Set(PREFIX_HEDGES.map(norm));
const MAX_WORDS = Math.max(...PREFIX_HEDGES.map((h) => h.split(/\s+/).length));
/**
 * The prefix hedges by their last word, each as its words nearest the number first ("at least" → ["least", "at"]),
 * longest first: a hedge is found by comparing the words already read, with no phrase string built per number.
 */
const BY_LAST_WORD = new Map<string, {hedge: string; words: string[]}[]>();
for (const hedge of [...PREFIX].sort((a, b) => b.split(" ").length - a.split(" ").length)) {
  const words = hedge.split(" ").reverse();
  const list = BY_LAST_WORD.get(words[0]);
  if (list) list.push({hedge, words});
  else BY_LAST_WORD.set(words[0], [{hedge, words}]);
}
const SUFFIX = new RegExp(`[ \\t]*(${SUFFIX_HEDGES.map((h) => h.replace(/[+]/g, "\\+").replace(/ /g, "[ \\t]+")).join("|")})(?![A-Za-z])`, "iy");
/**
 * The first two characters (lower case) of every suffix hedge, as codes (`first << 16 | second`; the second is
 * 0 when the hedge has one character or a space second): SUFFIX runs only when the text after the number
 * (and its blanks) starts with one of them — most numbers are followed by a noun, not a hedge.
 */
const SUFFIX_STARTS = new Set(SUFFIX_HEDGES.map((h) => {
  const a = h.toLowerCase().charCodeAt(0);
  const b = h.length > 1 && h[1] !== " " ? h.toLowerCase().charCodeAt(1) : 0;
  return (a << 16) | b;
}));
const EXACT = new Set(EXACT_HEDGES.map(norm));
const PARTICLE_VERB = new Set(PARTICLE_VERBS);
const PARTICLES = new Set(["over", "under", "above", "below"]);

export interface Hedge {
  /** Lower-case hedge, or "exact". */
  qualifier: string;
  /** Start of the quoted phrase (the hedge's start, or the number's). */
  start: number;
  /** End of the quoted phrase (after a suffix hedge, or the number's end). */
  end: number;
}

/**
 * Hedge of the number at [start, end) in `text`. The longest hedge phrase ending right before the number wins.
 *
 * @example findHedge("in which some 1,300 people", 14, 19) // {qualifier: "some", start: 9, end: 19}
 */
export function findHedge(text: string, start: number, end: number, words?: WordsBefore): Hedge {
  // `words` (read by the caller with at least MAX_WORDS words) saves a second backwards read.
  const before = words ?? wordsBefore(text, start, MAX_WORDS);
  let qualifier = "exact";
  let s = start;
  const w = before.words;
  // Every prefix hedge ends with a word of BY_LAST_WORD ("at least" → "least"): most numbers stop here.
  const hedges = w.length > 0 ? BY_LAST_WORD.get(w[0]) : undefined;
  if (hedges !== undefined) {
    // The longest hedge whose words are the words right before the number: "more than" before "than".
    for (const {hedge, words} of hedges) {
      if (words.length > w.length || !sameWords(words, w)) continue;
      // "Hamas handed over two women": a verb's particle, not a hedge (only when no longer hedge ends there).
      if (words.length === 1 && PARTICLES.has(hedge) && PARTICLE_VERB.has(w[1] ?? "")) break;
      qualifier = EXACT.has(hedge) ? "exact" : hedge;
      s = before.starts[words.length - 1];
      break;
    }
  }
  let e = end;
  SUFFIX.lastIndex = end;
  const sm = suffixMayFollow(text, end) ? SUFFIX.exec(text) : null;
  if (sm) {
    const word = sm[1].toLowerCase().replace(/^-/, "").replace(/\s+/g, " ");
    if (qualifier === "exact") qualifier = word === "+" ? "plus" : word;
    e = SUFFIX.lastIndex;
  }
  return {qualifier, start: s, end: e};
}

/** True when `words` (a hedge's, nearest the number first) are the first words of `read`: both lower case. */
function sameWords(words: string[], read: string[]): boolean {
  for (let k = 1; k < words.length; k++) if (words[k] !== read[k]) return false;
  return true;
}

/** ASCII capitals lower-cased. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether a suffix hedge can start at `end` after blanks (see SUFFIX_STARTS). */
function suffixMayFollow(text: string, end: number): boolean {
  let k = end;
  while (codeAt(text, k) === 32 || codeAt(text, k) === 9) k++;
  const a = lower(codeAt(text, k));
  if (a !== a) return false;
  return SUFFIX_STARTS.has(a << 16) || SUFFIX_STARTS.has((a << 16) | lower(codeAt(text, k + 1)));
}
