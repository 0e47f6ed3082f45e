/**
 * Cheap backwards word reader. Regexes anchored at the end of a slice (`…$`) make V8 try every start
 * position against every alternative; reading the last few words by hand and looking them up in Sets
 * is ~10× faster and keeps stage 05 above 15 MB/s.
 */
import {isAsciiLetter as isLetter} from "../util/chars.ts";
import {lowerCase} from "./chars.ts";

export interface WordsBefore {
  /** Lower-case words, nearest first: for "killed at least 5" before "5": ["least", "at", "killed"]. */
  words: string[];
  /** Start offset of each word (same order). */
  starts: number[];
  /**
   * The code of the punctuation character that stopped the reading (44, ",", in "Maxim, 37"), or -1 at a word limit
   * or the start. A code, not a one-character string: a character past U+00FF ("—", "“") cut from the text is a
   * fresh string, not the shared one a literal is, and the first such string compared with `=== "#"` threw away
   * phraseExclusion's optimised code late in a cold run ("wrong instance type": it had met only shared strings).
   */
  stop: number;
}

function isWordChar(c: number): boolean {
  // A-Z a-z ' ’ - .
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45 || c === 46;
}

/**
 * Up to `n` words before `pos` (spaces and tabs between them; other characters stop the reading).
 * Trailing dots are dropped from words ("Oct." → "oct").
 *
 * @example wordsBefore("killed at least 5", 15, 3).words // ["least", "at", "killed"]
 */
export function wordsBefore(text: string, pos: number, n: number): WordsBefore {
  // The words' spans go to SPANS first and the lists are made at their exact length at the end: a list filled
  // by push from empty gets room for 17 items at its first push (two such per number read), for one to four words.
  let count = 0;
  let i = pos - 1;
  let stop = -1;
  const limit = Math.max(0, pos - READ_LIMIT);
  while (count < n && i >= limit) {
    while (i >= limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
    if (i < limit) break;
    const end = i + 1;
    let letter = false;
    while (i >= limit) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (isLetter(c)) letter = true;
      i--;
    }
    if (i + 1 === end) {
      stop = i < text.length ? text.charCodeAt(i) : -1;
      break;
    }
    if (!letter) {
      stop = text.charCodeAt(end - 1);
      break;
    }
    // Trim leading "-.'’" and trailing "-'’", then trailing dots ("'Oct.'" → "Oct"), by index: no temporary strings.
    let a = i + 1;
    let b = end;
    while (a < b && isLeadTrim(text.charCodeAt(a))) a++;
    while (b > a && isTailTrim(text.charCodeAt(b - 1))) b--;
    while (b > a && text.charCodeAt(b - 1) === 46) b--;
    SPANS[2 * count] = a;
    SPANS[2 * count + 1] = b;
    count++;
  }
  const words: string[] = new Array(count);
  const starts: number[] = new Array(count);
  for (let k = 0; k < count; k++) {
    words[k] = lowerCase(text.slice(SPANS[2 * k], SPANS[2 * k + 1]));
    starts[k] = SPANS[2 * k];
  }
  return {words, starts, stop};
}

/**
 * How far back (characters) the words are read: a word starting exactly this far back may be cut.
 *
 * @example wordsBefore(text, pos, 1).starts[0] > pos - READ_LIMIT // the word read is whole
 */
export const READ_LIMIT = 80;
/**
 * Start and end of each word read (scratch, filled and read within one call). A word takes at least two of the
 * READ_LIMIT characters (a letter and a blank), so it holds every word one reading can find.
 */
const SPANS = new Int32Array(READ_LIMIT + 2);

function isLeadTrim(c: number): boolean {
  return c === 45 || c === 46 || c === 39 || c === 0x2019;
}

function isTailTrim(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}
