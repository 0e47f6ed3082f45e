import sbd from "sbd";
import {ABBREVIATIONS} from "../model/abbreviations.ts";
import {SENTENCE_STARTERS} from "../model/sentence-cues.ts";
import {isSpace} from "./blocks.ts";

const SBD_OPTIONS = {newline_boundaries: false, preserve_whitespace: false, abbreviations: ABBREVIATIONS};
const STARTERS = new Set(SENTENCE_STARTERS);
/** "U.N." / "U.S." at the very end of a sentence. */
const DOTTED_ACRONYM_END = /(?:^|[\s(“"'‘])(?:[A-Z]\.){2,}$/;
/** Sentence punctuation followed by a space or a letter somewhere in the line. */
const INNER_BOUNDARY = /[.!?…]["'”’)\]]*(?:\s|[A-Za-z])/;
/** First word of a sentence (letters, apostrophes, hyphens). */
const FIRST_WORD = /^[“"'‘(\[]?([A-Za-z][A-Za-z'’-]*)/;

/**
 * Sentence spans inside one line of text, as offsets into `text` (absolute: `from`…`to`),
 * appended to `out` as start, end pairs (one flat array the caller can reuse, no pair arrays).
 * `sbd` decides the boundaries (abbreviations, initials, decimals, ellipses, "capital.Officials"
 * joins); we recover offsets by searching each sentence's first word forward from the previous
 * one, because sbd collapses whitespace and can drop the period of a joined word. Then we undo two
 * sbd habits: a "sentence" that starts lowercase continues the previous one ("2 ft. in the"), and a
 * dotted acronym followed by a capitalised non-starter ("the U.N. Security Council") is not an end.
 *
 * `line`: text.slice(from, to), when the caller already holds it (stage 02 slices every line once).
 *
 * @example segmentLine("He left the U.S. He came back.", 0, 30) // [0, 16, 17, 30]
 */
export function segmentLine(text: string, from: number, to: number, out: number[] = [], line = text.slice(from, to)): number[] {
  // Most headlines, datelines and one-sentence paragraphs have no inner boundary: skip sbd.
  if (!INNER_BOUNDARY.test(line)) return pushSpan(out, from, to);
  // The fast path appends straight to `out` (no pair arrays); on a mark it cannot settle it takes its pairs back.
  const mark = out.length;
  if (clearBoundariesInto(line, from, out)) return out;
  out.length = mark;
  let parts: string[];
  try {
    parts = sbd.sentences(line, SBD_OPTIONS);
  } catch {
    parts = [line];
  }
  if (parts.length <= 1) return pushSpan(out, from, to);
  const starts: number[] = [];
  let cursor = 0;
  let prevLen = 0;
  for (const part of parts) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const probe = firstToken(trimmed);
    // sbd only ever drops a character or two (the "." of "capital.Officials"), so the next
    // sentence cannot start before the previous start plus its length minus that slack.
    const searchFrom = starts.length === 0 ? 0 : Math.max(cursor + 1, cursor + prevLen - 3);
    const at = line.indexOf(probe, searchFrom);
    if (at < 0) break;
    starts.push(at);
    cursor = at;
    prevLen = trimmed.length;
  }
  if (starts.length === 0) return pushSpan(out, from, to);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    let e = i + 1 < starts.length ? starts[i + 1] : line.length;
    while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
    if (e > s) spans.push([s, e]);
  }
  if (spans.length && spans[0][0] > 0) spans[0][0] = firstNonSpace(line, 0);
  for (const [s, e] of mergeFalseBreaks(line, spans)) out.push(from + s, from + e);
  return out;
}

function pushSpan(out: number[], start: number, end: number): number[] {
  out.push(start, end);
  return out;
}

function mergeFalseBreaks(line: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && continuesPrevious(line.slice(prev[0], prev[1]), line.slice(span[0], span[1]))) {
      prev[1] = span[1];
    } else {
      out.push([span[0], span[1]]);
    }
  }
  return out;
}

/** Whether `next` is the continuation of `prev` rather than a new sentence. */
function continuesPrevious(prev: string, next: string): boolean {
  const c = next.charCodeAt(0);
  // "2 ft. in the U.K." – news sentences never start lowercase.
  if (c >= 97 && c <= 122) return true;
  if (DOTTED_ACRONYM_END.test(prev)) {
    const word = FIRST_WORD.exec(next);
    return word !== null && !STARTERS.has(word[1]);
  }
  return false;
}

const TERMINATOR = /[.!?…]/g;
const ABBREVIATION_SET = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));
/**
 * The longest abbreviation ("Messrs", "approx": 6 letters): a word before a mark with more letters than this
 * is none, so it is not sliced and lower-cased to look it up ("statement." needs no lookup).
 */
const ABBREVIATION_MAX = Math.max(0, ...ABBREVIATIONS.map((a) => a.length));

/**
 * Fast path for the common line where every sentence mark is unambiguous: a "." "!" or "?" after
 * a plain word of three letters or more ("rose", "Lagos"; not an abbreviation like "Gen" or
 * "Sept"), then a space and a capital ("…the river rose. Officials said…"). Such lines split as
 * sbd would split them (a test checks this on the fixtures), at a fraction of the cost, with one
 * deliberate difference: sbd reads a capitalised word before the mark as a name abbreviation and
 * does not split when the sentence so far has fewer than five words and that word fewer than five
 * letters ("She sailed to Oslo. Friends met her…"); the fast path splits there, which is right for news
 * text (a place name ends the sentence; real abbreviations are in ABBREVIATIONS). A line that goes
 * to sbd for another mark keeps sbd's reading of it. Any other mark (decimals, initials, "U.S.",
 * ellipses, "?” she said") returns null and the line goes to sbd.
 * Character tests, not regexes over slices: this runs on every mark of every paragraph.
 *
 * @example clearBoundaries("The river rose. Officials said so.") // [[0, 15], [16, 34]]
 */
export function clearBoundaries(line: string): Array<[number, number]> | null {
  const flat: number[] = [];
  if (!clearBoundariesInto(line, 0, flat)) return null;
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < flat.length; k += 2) spans.push([flat[k], flat[k + 1]]);
  return spans;
}

/**
 * clearBoundaries appending start, end pairs (shifted by `from`) to `out`; false when the line
 * must go to sbd (pairs already appended are then the caller's to drop). TERMINATOR.test, not
 * exec: the mark's position is lastIndex − 1 and its character is read from the line, so no
 * match array is built per mark (two or three per paragraph, every paragraph).
 */
function clearBoundariesInto(line: string, from: number, out: number[]): boolean {
  let start = 0;
  TERMINATOR.lastIndex = 0;
  while (TERMINATOR.test(line)) {
    const at = TERMINATOR.lastIndex - 1;
    // Closing quotes/brackets right after the mark (at most three) belong to the sentence.
    let end = at + 1;
    while (end < at + 4 && end < line.length && isCloser(line.charCodeAt(end))) end++;
    // The line's own final mark needs no checking.
    if (end >= line.length) break;
    if (line.charCodeAt(at) === 0x2026) return false;
    if (!plainWordBefore(line, Math.max(start, at - 30), at)) return false;
    if (!capitalAfter(line, end)) return false;
    out.push(from + start, from + end);
    start = firstNonSpace(line, end);
    TERMINATOR.lastIndex = end;
  }
  out.push(from + start, from + line.length);
  return true;
}

/** `"` `'` `”` `’` `)` `]`: closers that may follow a sentence mark. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Whether line[from, at) ends in a plain word: three or more ASCII letters, all but the first
 * lower case, starting the window or after a space, "(" or an opening quote, and not an
 * abbreviation ("rose" yes; "Gen", "U.S", "mid-2024" no).
 */
function plainWordBefore(line: string, from: number, at: number): boolean {
  let r = at;
  while (r > from && isAsciiLetter(line.charCodeAt(r - 1))) r--;
  if (at - r < 3) return false;
  for (let k = r + 1; k < at; k++) {
    const c = line.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  if (r > from) {
    const c = line.charCodeAt(r - 1);
    if (!(isSpace(c) || c === 40 || c === 0x201c || c === 34 || c === 0x2018)) return false;
  }
  return at - r > ABBREVIATION_MAX || !ABBREVIATION_SET.has(line.slice(r, at).toLowerCase());
}

/** Within the four characters from `i`: whitespace, maybe an opening quote or "(", then a capital A–Z. */
function capitalAfter(line: string, i: number): boolean {
  const limit = Math.min(line.length, i + 4);
  let k = i;
  while (k < limit && isSpace(line.charCodeAt(k))) k++;
  if (k === i || k >= limit) return false;
  const c = line.charCodeAt(k);
  if (c === 34 || c === 0x201c || c === 0x2018 || c === 40) k++;
  if (k >= limit) return false;
  const d = line.charCodeAt(k);
  return d >= 65 && d <= 90;
}

function firstToken(s: string): string {
  let i = 0;
  while (i < s.length && i < 12 && !isSpace(s.charCodeAt(i))) i++;
  return s.slice(0, i);
}

function firstNonSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}
