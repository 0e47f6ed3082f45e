/**
 * sbd's sentence rules (the `sbd` package's `sentences()` with the options stage 02 uses: no
 * newline or HTML boundaries, whitespace not preserved, ABBREVIATIONS as the abbreviation list),
 * ported rule for rule but returning each sentence as its words instead of a joined string.
 * segmentLine only needs a sentence's first word and its length, so the joins, the per-call
 * options object, the `reduce` and a regex replace per word ending in "." that sbd spends per
 * line are left out. A test runs both on the fixtures and on generated lines and requires the
 * same sentences (including sbd's quirks, e.g. its name-abbreviation look-ahead only reading
 * up to the sixth word of the line).
 */
import {ABBREVIATIONS} from "../model/abbreviations.ts";

const ABBREVIATION_SET = new Set(ABBREVIATIONS);
/** sbd's isCommonAbbreviation strips these ASCII symbols before the lookup ("Dr." → "Dr", "(Gen." → "Gen"). */
const SYMBOLS = /[-'`~!@#$%^&*()_|+=?;:'",.<>{}[\]\\/]/g;
const BRACKETS = /[()[\]{}]/g;
/** sbd's isURL and isPhoneNr patterns, verbatim. */
const URL_LIKE = /[-a-zA-Z0-9@:%._+~#=]{2,256}\.[a-z]{2,6}\b([-a-zA-Z0-9@:%_+.~#?&//=]*)/;
const PHONE =
  /^(?:(?:\+?1\s*(?:[.-]\s*)?)?(?:\(\s*([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9])\s*\)|([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9]))\s*(?:[.-]\s*)?)?([2-9]1[02-9]|[2-9][02-9]1|[2-9][02-9]{2})\s*(?:[.-]\s*)?([0-9]{4})(?:\s*(?:#|x\.?|ext\.?|extension)\s*(\d+))?$/;
const WORDS = /\S+|\n/g;
/** sbd's newline placeholder: a word of its own that always ends a sentence, even without newline boundaries. */
const PLACEHOLDER = "@~@";

/**
 * The sentences sbd finds in `text`, each as its words (sbd joins them with one space).
 *
 * @example sbdSentences("Dr. Ade left. Rain fell.") // [["Dr.", "Ade", "left."], ["Rain", "fell."]]
 */
export function sbdSentences(text: string): string[][] {
  const words = text.trim().match(WORDS);
  if (words === null) return [];
  const sentences: string[][] = [];
  let current: string[] = [];
  let wordCount = 0;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    wordCount++;
    current.push(words[i]);
    if (words[i].includes(",")) wordCount = 0;
    const w0 = words[i];
    const last0 = w0.charCodeAt(w0.length - 1);
    if (w0 === "." || last0 === 33 || last0 === 63 || w0 === PLACEHOLDER) {
      sentences.push(current);
      wordCount = 0;
      current = [];
      continue;
    }
    // sbd drops a closing quote from the word for the checks below (the sentence keeps the word as written).
    if (last0 === 34 || last0 === 0x201d) words[i] = w0.slice(0, -1);
    const w = words[i];
    if (w.charCodeAt(w.length - 1) === 46) {
      if (i + 1 < n && !periodEnds(words, i, wordCount)) continue;
      sentences.push(current);
      current = [];
      wordCount = 0;
      continue;
    }
    const dot = w.indexOf(".");
    if (dot > -1 && (isNumberAt(w, dot) || isDottedAbbreviation(w) || URL_LIKE.test(w) || PHONE.test(w))) continue;
    const cut = concatenatedAt(w);
    if (cut > -1) {
      current.pop();
      current.push(w.slice(0, cut));
      sentences.push(current);
      current = [w.slice(cut + 1)];
      wordCount = 0;
    }
  }
  if (current.length) sentences.push(current);
  return mergeEnumerations(sentences);
}

/** Whether the "." ending words[i] (not the last word) ends the sentence, by sbd's rules. */
function periodEnds(words: string[], i: number, wordCount: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  // Single character abbreviation ("J.").
  if (w.length === 2 && Number.isNaN(Number(w.charAt(0)))) return false;
  if (ABBREVIATION_SET.has(w.replace(SYMBOLS, ""))) return false;
  if (isSentenceStarter(next)) {
    if ((w === "a.m." || w === "p.m.") && next.replace(/\W+/g, "").slice(-3).toLowerCase() === "day") return false;
    // sbd passes words.slice(i, 6): the words from i up to index 6 of the line, not six words from i.
    if (isNameAbbreviation(wordCount, words, i, 6)) return false;
    if (isNumber(next) && (w.length <= 3 || isCapitalized(w))) return false;
  } else {
    if (w.endsWith("..")) return false;
    if (isDottedAbbreviation(w)) return false;
    if (isNameAbbreviation(wordCount, words, i, 5)) return false;
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
 * sbd's isNameAbbreviation over words.slice(from, to): a short capitalised word early in the
 * sentence, or three capitalised words among them.
 */
function isNameAbbreviation(wordCount: number, words: string[], from: number, to: number): boolean {
  const end = Math.min(to, words.length);
  if (from >= end) return false;
  const first = words[from];
  if (wordCount < 5 && first.length < 6 && isCapitalized(first)) return true;
  let capitalized = 0;
  for (let k = from; k < end; k++) {
    const c = words[k].charCodeAt(0);
    if (c >= 65 && c <= 90) capitalized++;
  }
  return capitalized >= 3;
}

/** sbd's isConcatenated: the first ".", else "!", else "?" of the word when a letter follows it ("capital.Officials"), else -1. */
function concatenatedAt(w: string): number {
  let i = w.indexOf(".");
  if (i < 0) i = w.indexOf("!");
  if (i < 0) i = w.indexOf("?");
  if (i < 0) return -1;
  const c = w.charCodeAt(i + 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? i : -1;
}

/** sbd's last step: a one-word sentence of one or two characters and "." ("a.", "1.") joins the next unless that opens with a dotted word. */
function mergeEnumerations(sentences: string[][]): string[][] {
  if (sentences.length < 2) return sentences;
  const out: string[][] = [sentences[0]];
  for (let k = 1; k < sentences.length; k++) {
    const last = out[out.length - 1];
    const sentence = sentences[k];
    if (last.length === 1 && isEnumeration(last[0]) && !sentence[0].includes(".")) out[out.length - 1] = last.concat(sentence);
    else out.push(sentence);
  }
  return out;
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
