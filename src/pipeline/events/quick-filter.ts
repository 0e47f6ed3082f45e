import {wordSet, type WordIndex} from "./word-index.ts";
import {isLetterOrDigit, sameAsciiLower} from "../util/chars.ts";

/**
 * A cheap test run on raw sentence text before tokenising: false means no phrase of a lexicon
 * can match. The caller gives the key words (for a phrase lexicon, the longest word of every
 * phrase: each phrase needs all its words); the answer is that of
 * `/(?<![\p{L}\p{N}])(?:key|…)(?![\p{L}\p{N}])/iu`.
 *
 * Why not that regex: with Unicode lookarounds and case folding it cost about as much as the
 * whole rest of stage 06, and even its ASCII form (one alternation of ~200 words tried at every
 * position) cost a sixth of the stage (measured on the bench corpus). Every key is ASCII
 * ([a-z0-9]+), and a key can only match a whole maximal run of ASCII letters and digits, so
 * one pass reads the runs, hashes each one's lowercase form on the way and probes a word table
 * (one array read per run, no string made). A run counts only when no Unicode letter or digit
 * touches it ("étalks" is not "talks"). Text holding a character whose case folding is ASCII
 * ("ſ", the Kelvin sign) or an astral character is left to the Unicode regex when the scan
 * meets it first. The filter reads `text` from `from` to `to` (default: all of it) in place:
 * stage 06 passes the article text and a sentence's offsets, no slice made per sentence.
 *
 * @example keyWordFilter(["talks"])("They held talks.") // true
 */
export function keyWordFilter(keyWords: Iterable<string>): (text: string, from?: number, to?: number) => boolean {
  const keys = [...new Set([...keyWords].map((w) => w.toLowerCase()))];
  const escaped = [...keys].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
  // A key outside [a-z0-9] would need the regex.
  if (keys.length === 0 || keys.some((k) => !/^[a-z0-9]+$/.test(k))) return (text, from = 0, to = text.length) => re.test(from === 0 && to === text.length ? text : text.slice(from, to));
  const index = wordSet(keys);
  let min = Infinity;
  let max = 0;
  for (const k of keys) {
    min = Math.min(min, k.length);
    max = Math.max(max, k.length);
  }
  return (text, from = 0, to = text.length) => scan(text, from, to, index, re, min, max);
}

/** 1 for an ASCII letter or digit, by char code below 128. */
const ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ALNUM[c] = 1;
for (let c = 65; c <= 90; c++) ALNUM[c] = ALNUM[c + 32] = 1;

function scan(text: string, from: number, to: number, index: WordIndex<true>, re: RegExp, min: number, max: number): boolean {
  const n = to;
  let i = from;
  // The character before the current run is a non-ASCII letter or digit: the run is part of a
  // longer word ("étalks" is not "talks").
  let glued = false;
  // A key run matched and the character after it is non-ASCII: the answer waits for that
  // character, read by the next step of the loop (true unless it is a letter or digit).
  let pending = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (needsRegex(c)) return re.test(from === 0 && to === text.length ? text : text.slice(from, to));
      // Why classify here, once per non-ASCII character, and not at a matched run's edges: the
      // edge test ran only when a key word touched a curly quote or a dash, so the compiled scan
      // met it with no call feedback and was thrown away once per run ("Insufficient type
      // feedback for call" in --trace-deopt), then compiled again. The answer is the same:
      // a run matches when neither neighbour is a non-ASCII letter or digit.
      glued = isLetterOrDigit(c);
      if (pending && !glued) return true;
      pending = false;
      i++;
      continue;
    }
    if (ALNUM[c] === 0) {
      glued = false;
      i++;
      continue;
    }
    // A maximal run of ASCII letters and digits, hashed lowercase as `wordKey` does.
    const start = i;
    let h = 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d >= 128 || ALNUM[d] === 0) break;
      h = (Math.imul(h, 31) + (d <= 90 && d >= 65 ? d | 32 : d)) | 0;
    }
    const length = i - start;
    if (glued || length < min || length > max || !hasRun(index, text, start, i, h)) continue;
    // An ASCII neighbour is no letter or digit (the run is maximal); a non-ASCII one after the
    // run is read next (see `pending`).
    if (i >= n || text.charCodeAt(i) < 128) return true;
    pending = true;
  }
  return false;
}

/** Whether text[start, end) (ASCII letters and digits), lowercased, is a word of the table; `key` is its hash. */
function hasRun(index: WordIndex<true>, text: string, start: number, end: number, key: number): boolean {
  const {keys, empty, mask, words} = index;
  for (let slot = key & mask; ; slot = (slot + 1) & mask) {
    const k = keys[slot];
    if (k === empty) return false;
    if (k === key && sameAsciiLower(words[slot]!, text, start, end)) return true;
  }
}

/** Surrogates (astral characters) and the two characters whose case folding is ASCII. */
function needsRegex(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || c === 0x17f || c === 0x212a;
}
