/**
 * sbd 1.0.19's sentence splitter (`sbd.sentences`), ported for the one way stage 02 calls it:
 * no newline or HTML boundaries, no sanitising, whitespace not preserved, our ABBREVIATIONS.
 * The same words in, the same sentences out, rule for rule (a test runs both on tricky lines;
 * the package stays the reference). Why a port: sbd's function carries every option's branch
 * and closures, was one of the largest TurboFan jobs of a cold run and was always compiled
 * twice (its `isNaN` on a word deoptimised the first optimised code). Each rule here is a small
 * function with sbd's name.
 */
import {ABBREVIATIONS} from "../model/abbreviations.ts";

const ABBREVIATION_SET: ReadonlySet<string> = new Set(ABBREVIATIONS);
/** sbd's placeholder for a newline boundary, trimmed: a word that is exactly this ends a sentence. */
const NEWLINE_PLACEHOLDER = "@~@";
const WORDS = /\S+|\n/g;
const NON_SPACE = /\S/;
const NON_WORD = /\W+/g;
const SYMBOLS = /[-'`~!@#$%^&*()_|+=?;:'",.<>{}[\]\\/]/g;
const BRACKETS = /[()[\]{}]/g;
const ENUMERATION = /^.{1,2}[.]$/;
const PHONE =
  /^(?:(?:\+?1\s*(?:[.-]\s*)?)?(?:\(\s*([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9])\s*\)|([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9]))\s*(?:[.-]\s*)?)?([2-9]1[02-9]|[2-9][02-9]1|[2-9][02-9]{2})\s*(?:[.-]\s*)?([0-9]{4})(?:\s*(?:#|x\.?|ext\.?|extension)\s*(\d+))?$/;
const URL = /[-a-zA-Z0-9@:%._+~#=]{2,256}\.[a-z]{2,6}\b([-a-zA-Z0-9@:%_+.~#?&//=]*)/;

/**
 * The sentences of `text`, each its words joined by one space, as
 * `sbd.sentences(text, {newline_boundaries: false, preserve_whitespace: false, abbreviations: ABBREVIATIONS})`.
 *
 * @example sbdSentences("He left the U.S. He came back.") // ["He left the U.S. He came back."]
 */
export function sbdSentences(text: string): string[] {
  if (!text || !NON_SPACE.test(text)) return [];
  const words = text.trim().match(WORDS);
  if (!words || !words.length) return [];
  const sentences: string[][] = [];
  let current: string[] = [];
  let wordCount = 0;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    wordCount++;
    current.push(words[i]);
    // Sub-sentences reset the count.
    if (words[i].includes(",")) wordCount = 0;
    if (isBoundary(words[i])) {
      sentences.push(current);
      wordCount = 0;
      current = [];
      continue;
    }
    // A closing quote is dropped from the word the rules read (the sentence keeps it).
    const last = words[i].charCodeAt(words[i].length - 1);
    if (last === 34 || last === 0x201d) words[i] = words[i].slice(0, -1);
    if (words[i].endsWith(".")) {
      if (i + 1 < n && dotContinues(words, i, wordCount)) continue;
      sentences.push(current);
      current = [];
      wordCount = 0;
      continue;
    }
    const dot = words[i].indexOf(".");
    if (dot > -1 && dotInWord(words[i], dot)) continue;
    const split = concatenated(words[i]);
    if (split !== null) {
      current.pop();
      current.push(split[0]);
      sentences.push(current);
      current = [split[1]];
      wordCount = 0;
    }
  }
  if (current.length) sentences.push(current);
  return joinEnumerations(sentences);
}

/** ".", "!" or "?" alone, a word ending in "!" or "?", or the newline placeholder. */
function isBoundary(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return word === "." || last === 33 || last === 63 || word === NEWLINE_PLACEHOLDER;
}

/** Whether the period ending words[i] (a word follows) does not end the sentence: sbd's abbreviation tests. */
function dotContinues(words: string[], i: number, wordCount: number): boolean {
  const word = words[i];
  // Single character abbreviation ("J.").
  if (word.length === 2 && isNaN(word.charAt(0))) return true;
  if (isCommonAbbreviation(word)) return true;
  const next = words[i + 1];
  if (isSentenceStarter(next)) {
    if (isTimeAbbreviation(word, next)) return true;
    // sbd reads the words up to index 6 (and 5 below), not six from i: kept as it is.
    if (isNameAbbreviation(wordCount, words.slice(i, 6))) return true;
    return isNumber(next) && isCustomAbbreviation(word);
  }
  // An ellipsis, a dotted abbreviation ("e.g."), or a name.
  return word.endsWith("..") || isDottedAbbreviation(word) || isNameAbbreviation(wordCount, words.slice(i, 5));
}

/** A period inside a word that does not end a sentence: a decimal, a dotted abbreviation, a URL or phone number. */
function dotInWord(word: string, dot: number): boolean {
  return isNumber(word, dot) || isDottedAbbreviation(word) || URL.test(word) || PHONE.test(word);
}

/** sbd's isNaN: the string's number value is NaN. */
function isNaN(s: string): boolean {
  return Number.isNaN(Number(s));
}

/** sbd's isNumber: the word (or the three characters around its period) reads as a number. */
function isNumber(s: string, dot = 0): boolean {
  return !isNaN(dot ? s.slice(dot - 1, dot + 2) : s);
}

/*
 * Character tests read only inside the string: charCodeAt past the end (NaN) threw away the
 * optimised code of the caller, and this code is inlined into stage 02's splitSentences.
 */

function isCapitalized(s: string): boolean {
  if (s.length >= 2) {
    const a = s.charCodeAt(0);
    const b = s.charCodeAt(1);
    if (a >= 65 && a <= 90 && b >= 97 && b <= 122) return true;
  }
  return isNumber(s);
}

/** Capitalised, a number, or opening with a quote ('"', "'", "``"). */
function isSentenceStarter(s: string): boolean {
  if (isCapitalized(s)) return true;
  const head = s.substring(0, 2);
  return head.includes('"') || head.includes("'") || head === "``";
}

function isCommonAbbreviation(s: string): boolean {
  return ABBREVIATION_SET.has(s.replace(SYMBOLS, ""));
}

/** "a.m." or "p.m." before a day name ("p.m. Tuesday"). */
function isTimeAbbreviation(word: string, next: string): boolean {
  return (word === "a.m." || word === "p.m.") && next.replace(NON_WORD, "").slice(-3).toLowerCase() === "day";
}

/** A character then a period at the start, brackets ignored ("U.S", "(e.g."). */
function isDottedAbbreviation(word: string): boolean {
  const w = word.replace(BRACKETS, "");
  return w.length >= 2 && w.charCodeAt(1) === 46;
}

function isCustomAbbreviation(s: string): boolean {
  return s.length <= 3 || isCapitalized(s);
}

/** A short capitalised word early in the sentence, or three capitalised words among `words`. */
function isNameAbbreviation(wordCount: number, words: string[]): boolean {
  if (words.length === 0) return false;
  if (wordCount < 5 && words[0].length < 6 && isCapitalized(words[0])) return true;
  let capitalized = 0;
  for (const w of words) {
    const c = w.length ? w.charCodeAt(0) : 0;
    if (c >= 65 && c <= 90) capitalized++;
  }
  return capitalized >= 3;
}

/** "capital.Officials": the word split at its first ".", else "!", else "?", when a letter follows. */
function concatenated(word: string): [string, string] | null {
  let i = word.indexOf(".");
  if (i < 0) i = word.indexOf("!");
  if (i < 0) i = word.indexOf("?");
  if (i < 0 || i + 1 >= word.length) return null;
  const c = word.charCodeAt(i + 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? [word.slice(0, i), word.slice(i + 1)] : null;
}

/** Sentences joined back into strings; a one-word enumeration ("1.", "a.") joins the sentence after it unless that starts with a period. */
function joinEnumerations(sentences: string[][]): string[] {
  const out: string[][] = [sentences[0]];
  for (let k = 1; k < sentences.length; k++) {
    const sentence = sentences[k];
    const last = out[out.length - 1];
    if (last.length === 1 && ENUMERATION.test(last[0]) && !sentence[0].includes(".")) out[out.length - 1] = last.concat(sentence);
    else out.push(sentence);
  }
  const texts: string[] = [];
  for (const s of out) texts.push(s.join(" "));
  return texts;
}
