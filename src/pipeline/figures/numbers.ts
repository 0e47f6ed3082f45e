/**
 * Finds number phrases in a sentence: digits ("2,000", "1.2 million"), words ("seventy-three",
 * "twenty one", "a dozen"), vague quantities ("dozens", "tens of thousands") and ranges
 * ("30 to 40", "30-40", "between 30 and 40", "two or three"). Offsets are local to the string.
 * Linear time: every regex is either sticky or global with no nested quantifiers over the same text, and a
 * run of number words is capped at 9 words ("one two three …" a megabyte long would otherwise be
 * re-read from every word: quadratic).
 */
import {codeAt, lowerCase, skipBlanks, skipBlanksBack} from "./chars.ts";
import {MULTIPLIERS, SCALES, TENS, UNITS, VAGUE_QUANTITIES} from "../model/number-words.ts";
import {phraseSource} from "./regex.ts";
import {isAsciiLetter as isLetter, isDigit} from "../util/chars.ts";

export interface NumberToken {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  vague: boolean;
  /** "digits", "words", "vague", "range". */
  kind: "digits" | "words" | "vague" | "range";
  /** True when the first number was written in words ("two"), for the small-number filter. */
  words: boolean;
  /** For ranges joined by "between … and": the quote starts at "between". */
  between: boolean;
}

const WORD_VALUES: Record<string, number> = {...UNITS, ...TENS, ...MULTIPLIERS, ...SCALES};
/** The number-word tables as Maps: a keyed lookup on a plain object per word is a slow megamorphic load. */
const UNIT_OF = new Map(Object.entries(UNITS));
const TENS_OF = new Map(Object.entries(TENS));
const MULTIPLIER_OF = new Map(Object.entries(MULTIPLIERS));
const SCALE_WORD_OF = new Map(Object.entries(SCALES));
const WORD_ALT = phraseSource(Object.keys(WORD_VALUES));
const VAGUE_ALT = phraseSource(VAGUE_QUANTITIES);

/**
 * One scanner for all three kinds (group 1 vague, group 2 words, group 3 digits), run sticky only at the
 * positions PREFILTER finds: a big alternation tried at every character runs at ~20 MB/s, the prefilter
 * (first words only, no groups) at ~60 MB/s, and most sentences have no number at all.
 */
const SCAN = new RegExp(
  `(${VAGUE_ALT})|\\b((?:${WORD_ALT})(?:(?:[ \\t]+(?:and[ \\t]+)?|-)(?:${WORD_ALT})){0,8})\\b|(\\d[\\d,.]*\\d|\\d)`,
  "iy"
);
const FIRST_WORDS = [...new Set([...Object.keys(WORD_VALUES), ...VAGUE_QUANTITIES.map((v) => v.split(" ")[0])])]
  .filter((w) => w !== "a")
  .sort((a, b) => b.length - a.length);
const PREFILTER = new RegExp(`\\d|${phraseSource([...FIRST_WORDS, "few", "handful"].map((w) => `${w}*`))}`, "gi");
const DIGIT_SCALE = /(?:[ \t]+(million|billion|thousand|mln|bln)\b|(m|mn|bn|k)\b)/iy;
const RANGE_JOIN = /[ \t]*(?:[-–—]|[ \t]to[ \t]|[ \t]or[ \t])[ \t]*/iy;
const AND_JOIN = /[ \t]+and[ \t]+/iy;
const BETWEEN_BEFORE = /\bbetween[ \t]+$/i;
const FEW = /^(?:few|handful)$/i;
const FROM_BEFORE = /\bfrom[ \t]+$/i;
/** The range join was " to " (not a dash or "or"). */
const TO = /^[ \t]+to[ \t]+$/i;

/** The code of text[k] with ASCII capitals lower-cased (NaN outside the string). */
function lowerAt(text: string, k: number): number {
  const c = codeAt(text, k);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Whether DIGIT_SCALE can match at `end` (a test before the regex, run for every digit number): after blanks
 * "million"/"billion"/"thousand"/"mln"/"bln" start with m, b or t; glued "m"/"mn"/"bn"/"k" with m, b or k.
 */
function scaleMayFollow(text: string, end: number): boolean {
  const c = lowerAt(text, end);
  if (c === 32 || c === 9) {
    const d = lowerAt(text, skipBlanks(text, end));
    return d === 109 || d === 98 || d === 116;
  }
  return c === 109 || c === 98 || c === 107;
}

/**
 * Whether the range join (RANGE_JOIN, or AND_JOIN after "between") can start at `end`: AND_JOIN needs a blank;
 * RANGE_JOIN needs a dash after the blanks, or at least one blank and then "to"/"or".
 */
function joinMayFollow(text: string, end: number, between: boolean): boolean {
  const k = skipBlanks(text, end);
  if (between) return k > end;
  const c = lowerAt(text, k);
  return c === 45 || c === 0x2013 || c === 0x2014 || (k > end && (c === 116 || c === 111));
}

/** A plausible year: "from 2019 to 2016" stays two years. */
function isYear(v: number): boolean {
  return v >= 1800 && v <= 2100;
}
const ORDINAL = /^(?:st|nd|rd|th)\b/i;

/** ASCII letter (NaN, past either end of a string, is not). */

/** A Map, not a plain object: a keyed load with a word cut from the text was a slow megamorphic lookup ("1.2 million"). */
const SCALE_OF = new Map<string, number>([["million", 1e6], ["mln", 1e6], ["m", 1e6], ["mn", 1e6], ["billion", 1e9], ["bln", 1e9], ["bn", 1e9], ["thousand", 1e3], ["k", 1e3]]);

/**
 * Value of a run of number words, and how many characters of it form a valid number
 * ("two and three" stops after "two"; "one hundred and twenty" = 120).
 *
 * @example parseNumberWords("seventy-three") // {value: 73, length: 13}
 */
export function parseNumberWords(text: string): {value: number; length: number} | null {
  let total = 0, cur = 0, prev = "", seen = false, length = 0, pendingAnd = false;
  // The runs of ASCII letters (what /[a-z]+/gi would match), read by hand: no regex call and match per word.
  for (let k = 0; k < text.length;) {
    if (!isLetter(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < text.length && isLetter(text.charCodeAt(k))) k++;
    const w = lowerCase(text.slice(start, k));
    if (w === "and") {
      if (prev !== "mult" && prev !== "scale") break;
      pendingAnd = true;
      continue;
    }
    const u = UNIT_OF.get(w);
    if (u !== undefined) {
      if (prev === "unit" || (prev === "tens" && u >= 10)) break;
      if (prev === "tens" && pendingAnd) break;
      cur += u; prev = "unit";
    } else if (TENS_OF.has(w)) {
      if (prev === "unit" || prev === "tens") break;
      cur += TENS_OF.get(w)!; prev = "tens";
    } else if (MULTIPLIER_OF.has(w)) {
      if (prev === "mult") break;
      cur = (cur || 1) * MULTIPLIER_OF.get(w)!; prev = "mult";
    } else if (SCALE_WORD_OF.has(w)) {
      if (prev === "scale" && !seen) break;
      total += (cur || 1) * SCALE_WORD_OF.get(w)!; cur = 0; prev = "scale";
    } else break;
    pendingAnd = false;
    seen = true;
    length = k;
  }
  return seen ? {value: total + cur, length} : null;
}

/** True when `raw` is all ASCII digits (then digitsOk holds: most numbers skip the grouping check). */
function allDigits(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * DIGIT_OK by hand (`^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$`): digits in groups of three after the first comma,
 * then at most one decimal part.
 */
function digitsOk(raw: string): boolean {
  let k = 0;
  while (k < raw.length && isDigit(raw.charCodeAt(k))) k++;
  if (k === 0) return false;
  if (codeAt(raw, k) === 44) {
    if (k > 3) return false;
    while (codeAt(raw, k) === 44) {
      for (let j = 1; j <= 3; j++) if (!isDigit(codeAt(raw, k + j))) return false;
      k += 4;
    }
    if (isDigit(codeAt(raw, k))) return false;
  }
  if (k < raw.length && raw.charCodeAt(k) === 46) {
    const d = ++k;
    while (k < raw.length && isDigit(raw.charCodeAt(k))) k++;
    if (k === d) return false;
  }
  return k === raw.length;
}

/**
 * The value of text[start, end) when it is only digits, at most 15 of them ("2023", "40"), read by hand: the same
 * number digitValue gets from Number() (every such integer is exact in a double), without a slice per number.
 * Null for anything else ("1,300", "2.5"), which digitValue reads.
 *
 * @example plainDigitsValue("killed 040 people", 7, 10) // 40
 */
export function plainDigitsValue(text: string, start: number, end: number): number | null {
  if (end <= start || end - start > 15) return null;
  let v = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return null;
    v = v * 10 + (c - 48);
  }
  return v;
}

/**
 * The value of digits in comma groups ("1,300", "12,000"), at most 15 digits, read by hand: the number Number() reads
 * from the digits without their commas (every such integer is exact in a double), without the replacement's regex
 * and string. Null for anything else ("2.5", a longer number), which Number reads.
 *
 * @example groupedValue("1,300") // 1300
 */
function groupedValue(raw: string): number | null {
  let v = 0;
  let digits = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 44) continue;
    if (c < 48 || c > 57 || ++digits > 15) return null;
    v = v * 10 + (c - 48);
  }
  return digits > 0 ? v : null;
}

function digitValue(raw: string): number | null {
  if (!allDigits(raw) && !digitsOk(raw)) return null;
  const grouped = groupedValue(raw);
  if (grouped !== null) return grouped;
  const v = Number(raw.includes(",") ? raw.replace(/,/g, "") : raw);
  return Number.isFinite(v) ? v : null;
}

interface Single {
  start: number;
  end: number;
  value: number | null;
  kind: "digits" | "words" | "vague";
}

/** Reads one number starting exactly at `pos` (used for the second half of a range). */
function singleAt(text: string, pos: number): Single | null {
  if (isDigit(codeAt(text, pos))) return digitsAt(text, pos, digitsEnd(text, pos));
  SCAN.lastIndex = pos;
  const m = SCAN.exec(text);
  if (!m || m[1]) return null;
  return toSingle(text, m);
}

/**
 * Where SCAN's digit group (`\d[\d,.]*\d|\d`) ends when it starts at the digit at `pos`: the last digit of the
 * run of digits, commas and dots ("1,300." → "1,300"). At a digit only that group can match (the others start
 * with letters), so most numbers need no regex call and no match array.
 */
function digitsEnd(text: string, pos: number): number {
  let k = pos + 1;
  for (let c = codeAt(text, k); isDigit(c) || c === 44 || c === 46; c = codeAt(text, ++k));
  while (k > pos + 1 && !isDigit(codeAt(text, k - 1))) k--;
  return k;
}

/** First letters (either case) of the number words that take "a" ("a dozen", "a hundred", "a thousand", "a million"). */
function mayTakeArticle(c: number): boolean {
  const l = c | 32;
  return l === 100 || l === 104 || l === 116 || l === 109;
}

/** A hedge right before "a dozen" ("more than a dozen", "about a dozen"). */
const HEDGE_BEFORE_A = /\b(?:more[ \t]+than|over|about|around|nearly|almost|some|roughly|approximately|at[ \t]+least|up[ \t]+to|fewer[ \t]+than|less[ \t]+than)[ \t]+$/i;

/** A word or vague number matched by SCAN (groups 1 and 2); digits go through digitsAt. */
function toSingle(text: string, m: RegExpExecArray): Single | null {
  const start = m.index;
  if (m[1]) return {start, end: start + m[0].length, value: null, kind: "vague"};
  if (m[2]) {
    const parsed = parseNumberWords(m[2]);
    if (!parsed) return null;
    let s = start;
    // "a dozen", "a hundred", "a thousand": the article is part of the number.
    if (mayTakeArticle(m[2].charCodeAt(0)) && /^(?:dozen|hundred|thousand|million)/i.test(m[2])) {
      const left = text.slice(Math.max(0, start - 3), start);
      const am = /(?:^|[^A-Za-z])(a)[ \t]+$/i.exec(left);
      if (am) s = start - left.length + am.index + am[0].length - am[0].slice(am[0].indexOf(am[1])).length;
      // "more than a dozen foreign nationals", "about a dozen people": a hedged round word is vague ("A dozen
      // villagers fled" stays 12, "two dozen" 24).
      if (am && parsed.value === 12 && HEDGE_BEFORE_A.test(text.slice(Math.max(0, s - 16), s))) return {start: s, end: start + parsed.length, value: null, kind: "vague"};
      if (!am && /^(?:dozen|hundred|thousand|million|billion)$/i.test(m[2])) return null; // "the hundred days"
    }
    return {start: s, end: start + parsed.length, value: parsed.value, kind: "words"};
  }
  return digitsAt(text, start, start + m[3].length);
}

/** The digit number text[start, end) (SCAN's group 3), with a scale word after it, or null for a code. */
function digitsAt(text: string, start: number, rawEnd: number): Single | null {
  // Glued to letters or a hyphenated code ("A320", "COVID-19", "F-16"): an identifier.
  const before = codeAt(text, start - 1);
  if (isLetter(before) || before === 95) return null;
  if (before === 45 && isLetter(codeAt(text, start - 2))) return null;
  const value = plainDigitsValue(text, start, rawEnd) ?? digitValue(text.slice(start, rawEnd));
  if (value === null) return null;
  let end = rawEnd;
  DIGIT_SCALE.lastIndex = end;
  const sm = scaleMayFollow(text, end) ? DIGIT_SCALE.exec(text) : null;
  let v = value;
  if (sm) {
    v = value * SCALE_OF.get(lowerCase(sm[1] ?? sm[2]))!;
    end = DIGIT_SCALE.lastIndex;
  }
  // "5G", "3D", "5pm": a letter glued after the digits makes a code, not a count.
  if (isLetter(codeAt(text, end)) && !ORDINAL.test(text.slice(end, end + 3))) return null;
  return {start, end, value: Math.round(v), kind: "digits"};
}

/**
 * The range that starts with the number `a` (of value `value`), or null: "between 30 and 40", "30 to 40",
 * "rose from 30 to 45". scanNumbers' range joining, a function of its own so that scanNumbers, run on every
 * sentence, is a smaller graph for TurboFan (most numbers stop at joinMayFollow).
 *
 * @example rangeFrom("30 to 40 people", {start: 0, end: 2, value: 30, kind: "digits"}, 30)?.high // 40
 */
function rangeFrom(text: string, a: Single, value: number): NumberToken | null {
  // BETWEEN_BEFORE and FROM_BEFORE end in a space or tab: test the character before the regexes.
  const c0 = codeAt(text, a.start - 1);
  const c = c0 === 32 || c0 === 9 ? c0 : undefined;
  const between = c !== undefined && lowerAt(text, skipBlanksBack(text, a.start)) === 110 && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
  const join = between ? AND_JOIN : RANGE_JOIN;
  join.lastIndex = a.end;
  if (!joinMayFollow(text, a.end, between) || !join.test(text)) return null;
  const joinText = text.slice(a.end, join.lastIndex);
  const b = singleAt(text, join.lastIndex);
  const dashThenMore = b && /^[-–][ \t]*\d/.test(text.slice(b.end, b.end + 3));
  // "rose from 30 to 45", "revised from 45 to 30", "from thirty to 45": a change is one range either way.
  const from = !between && b !== null && b.value !== null && b.kind !== "vague" && TO.test(joinText) && c !== undefined &&
    FROM_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start)) && b.value !== value && !(isYear(value) && isYear(b.value));
  // "between eight and 12 people", "eight to 12 people": style spells out numbers under ten, so a word then digits
  // is one range too (digits then a word is not: "12 or two").
  const mixed = b !== null && a.kind === "words" && b.kind === "digits";
  if (!(b && b.value !== null && ((b.value > value && (b.kind === a.kind || mixed)) || from) && !dashThenMore)) return null;
  // Built in full, in the same key order as scanNumbers' tokens: one object shape for every token.
  return {
    start: a.start, end: b.end, value: null, low: Math.min(value, b.value), high: Math.max(value, b.value), vague: false,
    kind: "range", words: a.kind === "words", between
  };
}

/**
 * Every number phrase of `text`, ranges merged, in order. Never throws.
 *
 * @example scanNumbers("between 30 and 40 people").map((t) => [t.low, t.high]) // [[30, 40]]
 */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  PREFILTER.lastIndex = 0;
  // `test` and lastIndex instead of `exec` (no match array per number): a match is one digit, or a whole
  // run of ASCII letters starting at a word boundary, so its start is found by reading letters backwards.
  while (PREFILTER.test(text)) {
    const matchEnd = PREFILTER.lastIndex;
    let matchStart = matchEnd;
    while (matchStart > 0 && isLetter(text.charCodeAt(matchStart - 1))) matchStart--;
    if (matchStart === matchEnd) matchStart = matchEnd - 1;
    let pos = matchStart;
    const length = matchEnd - matchStart;
    // "a few dozen", "a handful": the vague phrase starts at the article.
    if ((length === 3 || length === 7) && ((codeAt(text, matchStart) | 32) === 102 || (codeAt(text, matchStart) | 32) === 104) && FEW.test(text.slice(matchStart, matchEnd)) && pos >= 2 && /a[ \t]$/i.test(text.slice(pos - 2, pos)) && !/[A-Za-z]/.test(text[pos - 3] ?? "")) pos -= 2;
    let a: Single | null;
    let resume: number;
    let next: number;
    if (isDigit(codeAt(text, pos))) {
      resume = digitsEnd(text, pos);
      a = digitsAt(text, pos, resume);
      next = a ? Math.max(a.end, pos + 1) : 0;
    } else {
      SCAN.lastIndex = pos;
      const m = SCAN.exec(text);
      if (!m) continue;
      resume = SCAN.lastIndex;
      a = toSingle(text, m);
      next = a ? Math.max(a.end, m.index + 1) : 0;
    }
    if (!a) {
      PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, resume);
      continue;
    }
    let tok: NumberToken = {
      start: a.start, end: a.end, value: a.value, low: null, high: null, vague: a.kind === "vague",
      kind: a.kind, words: a.kind === "words", between: false
    };
    if (a.kind !== "vague" && a.value !== null) {
      const range = rangeFrom(text, a, a.value);
      if (range !== null) {
        tok = range;
        next = range.end;
      }
    }
    out.push(tok);
    PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, next);
  }
  return out;
}
