/**
 * sbd's sentence rules (the `sbd` package's `sentences()` with the options stage 02 uses: no
 * newline or HTML boundaries, whitespace not preserved, ABBREVIATIONS as the abbreviation list),
 * ported rule for rule. segmentLine only needs each sentence's first word and length, so the
 * port reads words as [start, end) offsets of the line and copies out only the words a rule must
 * look at (those ending in or holding ".", "!" or "?"); sbd built a string per word, an options
 * object, the sentences' joins and a regex replace per word ending in "." on every line (its
 * allocations were most of the cost). `sbdSentences` gives the words themselves, for the test
 * that runs both on the fixtures and on generated lines and requires sbd's very sentences
 * (including its quirks, e.g. its name-abbreviation look-ahead only reading up to the sixth
 * word of the line).
 */
import {ABBREVIATIONS} from "../model/abbreviations.ts";
import {isSpace} from "./blocks.ts";

const ABBREVIATION_SET = new Set(ABBREVIATIONS);
/** sbd's isCommonAbbreviation strips these ASCII symbols before the lookup ("Dr." → "Dr", "(Gen." → "Gen"). */
const SYMBOLS = /[-'`~!@#$%^&*()_|+=?;:'",.<>{}[\]\\/]/g;
const BRACKETS = /[()[\]{}]/g;
/** sbd's isURL and isPhoneNr patterns, verbatim. */
const URL_LIKE = /[-a-zA-Z0-9@:%._+~#=]{2,256}\.[a-z]{2,6}\b([-a-zA-Z0-9@:%_+.~#?&//=]*)/;
const PHONE =
  /^(?:(?:\+?1\s*(?:[.-]\s*)?)?(?:\(\s*([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9])\s*\)|([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9]))\s*(?:[.-]\s*)?)?([2-9]1[02-9]|[2-9][02-9]1|[2-9][02-9]{2})\s*(?:[.-]\s*)?([0-9]{4})(?:\s*(?:#|x\.?|ext\.?|extension)\s*(\d+))?$/;
/** sbd's newline placeholder: a word of its own that always ends a sentence, even without newline boundaries. */
const PLACEHOLDER = "@~@";

/**
 * The sentences sbd finds in `text`, each as its words (sbd joins them with one space).
 *
 * @example sbdSentences("Dr. Ade left. Rain fell.") // [["Dr.", "Ade", "left."], ["Rain", "fell."]]
 */
export function sbdSentences(text: string): string[][] {
  const heads: number[] = [];
  const elements: number[][] = [];
  scan(text, heads, elements);
  return elements.map((ranges) => {
    const words: string[] = [];
    for (let k = 0; k < ranges.length; k += 2) words.push(text.slice(ranges[k], ranges[k + 1]));
    return words;
  });
}

/**
 * What segmentLine needs of sbd's sentences in `line`, five numbers per sentence: where its first
 * word starts and ends in `line`, how many words it has, their total length (sbd's sentence is
 * those words joined by single spaces), and 1 when its last word is empty, else 0 (sbd cuts
 * ".Officials" into "" and "Officials": "" ends a sentence, and trimming sbd's sentence drops it). No word is copied out of the line but those the
 * rules must look at (ending in or holding ".", "!" or "?"): most words are only scanned.
 *
 * @example sbdSentenceHeads("Dr. Ade left. Rain fell.") // [0, 3, 3, 11, 0, 14, 18, 2, 9, 0]
 */
export function sbdSentenceHeads(line: string): number[] {
  const heads: number[] = [];
  scan(line, heads, null);
  return heads;
}

/** Start and end of each word of the line being scanned (grown when a line has more words). */
let wordStart = new Int32Array(256);
let wordEnd = new Int32Array(256);

/**
 * sbd's tokenizer loop over `line`: heads (see sbdSentenceHeads) to `heads`; with `elements`,
 * each sentence's words as [start, end) ranges too. A word sbd cuts in two ("capital.Officials")
 * ends one sentence with its head and opens the next with its tail.
 */
function scan(line: string, heads: number[], elements: number[][] | null): void {
  const n = tokenize(line);
  if (n === 0) return;
  // The sentence being built: its first word's range, word count, total length (and ranges).
  let firstStart = 0;
  let firstEnd = 0;
  let count = 0;
  let length = 0;
  let ranges: number[] | null = elements ? [] : null;
  let wordCount = 0;
  const close = (emptyLast = 0) => {
    heads.push(firstStart, firstEnd, count, length, emptyLast);
    if (elements) elements.push(ranges as number[]), (ranges = []);
    count = 0;
    length = 0;
    wordCount = 0;
  };
  for (let i = 0; i < n; i++) {
    wordCount++;
    const s0 = wordStart[i];
    const e0 = wordEnd[i];
    if (count === 0) (firstStart = s0), (firstEnd = e0);
    count++;
    length += e0 - s0;
    if (ranges) ranges.push(s0, e0);
    // One look at the word's characters for what the rules below ask: a comma, the first ".", "!" and "?".
    let comma = false;
    let dot = -1;
    let bang = -1;
    let question = -1;
    for (let k = s0; k < e0; k++) {
      const c = line.charCodeAt(k);
      if (c === 44) comma = true;
      else if (c === 46) dot = dot < 0 ? k - s0 : dot;
      else if (c === 33) bang = bang < 0 ? k - s0 : bang;
      else if (c === 63) question = question < 0 ? k - s0 : question;
    }
    if (comma) wordCount = 0;
    const last0 = line.charCodeAt(e0 - 1);
    if ((e0 - s0 === 1 && last0 === 46) || last0 === 33 || last0 === 63 || (e0 - s0 === 3 && line.startsWith(PLACEHOLDER, s0))) {
      close();
      continue;
    }
    if (dot < 0 && bang < 0 && question < 0) continue;
    // sbd drops a closing quote from the word for the checks below (the sentence keeps the word as
    // written); the marks' positions stand, the quote being the last character.
    const wEnd = last0 === 34 || last0 === 0x201d ? e0 - 1 : e0;
    const w = line.slice(s0, wEnd);
    if (w.charCodeAt(w.length - 1) === 46) {
      if (i + 1 < n && !periodEnds(line, w, i, n, wordCount)) continue;
      close();
      continue;
    }
    if (dot > -1 && (isNumberAt(w, dot) || isDottedAbbreviation(w) || URL_LIKE.test(w) || PHONE.test(w))) continue;
    // sbd's isConcatenated: the first ".", else "!", else "?" with a letter right after it ("capital.Officials").
    const cut = dot > -1 ? dot : bang > -1 ? bang : question;
    const after = w.charCodeAt(cut + 1);
    if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122)) {
      // The word's head ends this sentence, its tail opens the next.
      length -= e0 - s0 - cut;
      if (count === 1) firstEnd = s0 + cut;
      if (ranges) ranges[ranges.length - 1] = s0 + cut;
      close(cut === 0 ? 1 : 0);
      firstStart = s0 + cut + 1;
      firstEnd = wEnd;
      count = 1;
      length = wEnd - firstStart;
      if (ranges) ranges.push(firstStart, wEnd);
    }
  }
  if (count) close();
  mergeEnumerations(line, heads, elements);
}

/** Splits the trimmed line into words as sbd's /\S+|\n/g does; returns the count. */
function tokenize(line: string): number {
  let a = 0;
  let z = line.length;
  while (a < z && isSpace(line.charCodeAt(a))) a++;
  while (z > a && isSpace(line.charCodeAt(z - 1))) z--;
  let n = 0;
  let start = -1;
  for (let k = a; k <= z; k++) {
    const c = k < z ? line.charCodeAt(k) : 32;
    // Printable ASCII other than the space is never whitespace: most characters skip isSpace's tests.
    if ((c > 32 && c < 127) || !isSpace(c)) {
      if (start < 0) start = k;
      continue;
    }
    if (start >= 0) n = addWord(n, start, k);
    start = -1;
    if (c === 10) n = addWord(n, k, k + 1);
  }
  return n;
}

function addWord(n: number, start: number, end: number): number {
  if (n === wordStart.length) {
    const grownStart = new Int32Array(n * 2);
    const grownEnd = new Int32Array(n * 2);
    grownStart.set(wordStart);
    grownEnd.set(wordEnd);
    wordStart = grownStart;
    wordEnd = grownEnd;
  }
  wordStart[n] = start;
  wordEnd[n] = end;
  return n + 1;
}

/** Whether the "." ending word i (`w`, its closing quote dropped; not the last word) ends the sentence, by sbd's rules. */
function periodEnds(line: string, w: string, i: number, n: number, wordCount: number): boolean {
  // Single character abbreviation ("J.").
  if (w.length === 2 && Number.isNaN(Number(w.charAt(0)))) return false;
  if (ABBREVIATION_SET.has(w.replace(SYMBOLS, ""))) return false;
  const next = line.slice(wordStart[i + 1], wordEnd[i + 1]);
  if (isSentenceStarter(next)) {
    if ((w === "a.m." || w === "p.m.") && next.replace(/\W+/g, "").slice(-3).toLowerCase() === "day") return false;
    // sbd passes words.slice(i, 6): the words from i up to index 6 of the line, not six words from i.
    if (isNameAbbreviation(line, w, wordCount, i, Math.min(6, n))) return false;
    if (isNumber(next) && (w.length <= 3 || isCapitalized(w))) return false;
  } else {
    if (w.endsWith("..")) return false;
    if (isDottedAbbreviation(w)) return false;
    if (isNameAbbreviation(line, w, wordCount, i, Math.min(5, n))) return false;
  }
  return true;
}

/** sbd's isNumber: the string converts to a number ("12", "1e3", " 4", "" all do). */
function isNumber(s: string): boolean {
  return !Number.isNaN(Number(s));
}

/** sbd's isNumber(word, dotPos): the dot and a character either side read as a number ("2.5"); the whole word when the dot leads. */
function isNumberAt(w: string, dot: number): boolean {
  return isNumber(dot ? w.slice(dot - 1, dot + 2) : w);
}

function isCapitalized(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return (a >= 65 && a <= 90 && b >= 97 && b <= 122) || isNumber(s);
}

/** A capitalised word or number, or one with a quote in its first two characters. */
function isSentenceStarter(s: string): boolean {
  if (isCapitalized(s)) return true;
  const head = s.substring(0, 2);
  return head.includes('"') || head.includes("'") || head === "``";
}

/** sbd's isDottedAbbreviation: after removing brackets, a character (not a line break) then "." opens the word ("U.S.", "(a.)"). */
function isDottedAbbreviation(w: string): boolean {
  const s = w.includes("(") || w.includes(")") || w.includes("[") || w.includes("]") || w.includes("{") || w.includes("}") ? w.replace(BRACKETS, "") : w;
  if (s.length < 2 || s.charCodeAt(1) !== 46) return false;
  const c = s.charCodeAt(0);
  return c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029;
}

/**
 * sbd's isNameAbbreviation over the words from..to of the line (word `from` is `w`): a short
 * capitalised word early in the sentence, or three words opening with a capital among them.
 */
function isNameAbbreviation(line: string, w: string, wordCount: number, from: number, to: number): boolean {
  if (from >= to) return false;
  if (wordCount < 5 && w.length < 6 && isCapitalized(w)) return true;
  let capitalized = 0;
  for (let k = from; k < to; k++) {
    const c = k === from ? w.charCodeAt(0) : line.charCodeAt(wordStart[k]);
    if (c >= 65 && c <= 90) capitalized++;
  }
  return capitalized >= 3;
}

/**
 * sbd's last step, on the heads: a one-word sentence of one or two characters and "." ("a.",
 * "1.") joins the next unless that one's first word holds a ".".
 */
function mergeEnumerations(line: string, heads: number[], elements: number[][] | null): void {
  if (heads.length < 10) return;
  let out = 5;
  for (let k = 5; k < heads.length; k += 5) {
    const last = out - 5;
    const nextFirst = line.slice(heads[k], heads[k + 1]);
    if (heads[last + 2] === 1 && isEnumeration(line.slice(heads[last], heads[last + 1])) && !nextFirst.includes(".")) {
      heads[last + 2] += heads[k + 2];
      heads[last + 3] += heads[k + 3];
      heads[last + 4] = heads[k + 4];
      if (elements) elements[last / 5] = elements[last / 5].concat(elements[k / 5]);
      continue;
    }
    for (let f = 0; f < 5; f++) heads[out + f] = heads[k + f];
    if (elements) elements[out / 5] = elements[k / 5];
    out += 5;
  }
  heads.length = out;
  if (elements) elements.length = out / 5;
}

/** /^.{1,2}[.]$/: one or two characters (not line breaks) and a period. */
function isEnumeration(w: string): boolean {
  if ((w.length !== 2 && w.length !== 3) || w.charCodeAt(w.length - 1) !== 46) return false;
  for (let k = 0; k < w.length - 1; k++) {
    const c = w.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}
