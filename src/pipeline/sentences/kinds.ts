import type {SentenceKind} from "../types.ts";
import {
  BOILERPLATE_LINES,
  BOILERPLATE_PREFIXES,
  BOILERPLATE_SUFFIXES,
  BYLINE_PREFIXES,
  CREDIT_PHRASES,
  CREDIT_PREFIXES
} from "../model/sentence-cues.ts";
import {DATELINE_WORDS} from "../model/date-cues.ts";
import {normalizeLine} from "./normalize.ts";
import {countWords} from "./words.ts";

const BOILERPLATE_LINE_SET = new Set(BOILERPLATE_LINES);
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** All credit phrases as one case-insensitive regex: one pass over the line instead of forty. */
const CREDIT_PHRASE = new RegExp(CREDIT_PHRASES.map(escape).join("|"), "i");
const BOILERPLATE_PREFIX = new RegExp(`^(?:${BOILERPLATE_PREFIXES.map(escape).join("|")})(?: |$)`);
const BOILERPLATE_SUFFIX = new RegExp(`(?:^| )(?:${BOILERPLATE_SUFFIXES.map(escape).join("|")})$`);
/** Last words of every BOILERPLATE_SUFFIXES entry: a sentence without one needs no normalising. */
const SUFFIX_HINT = new RegExp(`(?:${[...new Set(BOILERPLATE_SUFFIXES.map((x) => x.split(" ").pop() as string))].map(escape).join("|")})\\W*$`, "i");
const CREDIT_PREFIX = new RegExp(`^(?:${CREDIT_PREFIXES.map(escape).join("|")})`, "i");
const DATELINE_WORD_SET = new Set(DATELINE_WORDS);
const MENU_BARS = /\|\||\s\|\s.*\s\|\s|»|›/;
/** Characters a sentence-like line ends with; the last character is looked up (an end-anchored regex tries every position). */
const TERMINAL_CHARS = new Set([...".!?…:;\"”’)]"]);
/** A token of a date/time stamp: "15", "04.03.2023", "09:15", "2023-06-08", "15th,". */
const STAMP_TOKEN = /^[(\[]?\d{1,4}(?:[./:\-]\d{1,4}){0,3}(?:st|nd|rd|th|h|am|pm)?[,.)\]]?$/i;
/** Any digit: a line without one is no date stamp (checked before splitting it into words). */
const DIGIT = /\d/;
/** A wire dateline alone on its line: "LONDON, Jun 8 (Reuters) -", "MEXICO CITY (AP) —". */
const AGENCY_DATELINE_LINE = /^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([A-Za-z .'’-]{2,30}\)\s*[-–—]?$/;
/** A URL line; pasted URLs sometimes carry a stray space ("…floods-in-v alencia-a1234"). */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+(?:\s\S+){0,2}$/i;
const BYLINE_NAME_WORD = /^(?:[A-Z][\p{L}'’.-]*,?|and|&|of|de|da|van|von|der|al|el|bin|ibn|la|le|du|\||—|-|,)$/u;

/** What one line looks like on its own, before its neighbours are considered. */
export type LineKind = SentenceKind | "headline_like";

/**
 * Kind of one non-blank line judged on its own text: credit, dateline (a date/time stamp, a URL
 * or a byline), boilerplate, headline-like (short, no final punctuation) or body.
 *
 * `plainSpaces`: the line holds no tab or NBSP (see `words.ts`), so words are counted faster.
 *
 * @example lineKind("(AP Photo/Jane Doe)") // "credit"
 */
export function lineKind(line: string, plainSpaces = false): LineKind {
  // Most lines are body paragraphs of 15+ words: count that far first, and further only when a
  // rule below that compares with a larger number could still apply.
  const head = countWords(line, 15, plainSpaces);
  if (CREDIT_PREFIX.test(line)) return "credit";
  if (head <= 8 && CREDIT_PHRASE.test(line)) {
    // "Jane Doe. Video grab": a name followed by the credit is a caption.
    return /[.:]\s+\S/.test(line) && !line.startsWith("(") ? "caption" : "credit";
  }
  if (head < 15 && isDateline(line, head)) return "dateline";
  const first = firstNormalizedWord(line);
  if (LINE_FIRST_WORDS.has(first) || PREFIX_FIRST_WORDS.has(first)) {
    const words = head < 15 ? head : countWords(line, 41, plainSpaces);
    if (words <= 40 && isBoilerplate(line, words, first)) return "boilerplate";
  } else if (hasMenuChar(line) && (head < 15 || countWords(line, 21, plainSpaces) <= 20) && MENU_BARS.test(line)) {
    // isBoilerplate for a first word that opens no entry: only a navigation menu of 20 words or fewer.
    return "boilerplate";
  }
  if (hasCreditMark(line) && (head < 15 || countWords(line, 61, plainSpaces) <= 60) && CREDIT_PHRASE.test(line)) return "caption";
  if (!TERMINAL_CHARS.has(line.charAt(line.length - 1)) && (head < 15 || countWords(line, 31, plainSpaces) <= 30)) return "headline_like";
  return "body";
}

/** `|`, `»` or `›`: a character every MENU_BARS match holds. */
function hasMenuChar(line: string): boolean {
  return line.indexOf("|") >= 0 || line.indexOf("»") >= 0 || line.indexOf("›") >= 0;
}

/** `(`, `/` or `©`: characters every inline credit carries ("(AP Photo/…)", "© Reuters"); checked before the long regex. */
function hasCreditMark(line: string): boolean {
  return line.indexOf("(") >= 0 || line.indexOf("/") >= 0 || line.indexOf("©") >= 0;
}

/**
 * Per-sentence overrides inside a body paragraph: "AFP contributed reporting." is boilerplate,
 * "(AP Photo/Jane Doe)" is a credit.
 *
 * `plainSpaces` as for lineKind.
 *
 * @example sentenceKind("Reuters contributed reporting.", "body") // "boilerplate"
 */
export function sentenceKind(sentence: string, paragraphKind: SentenceKind, plainSpaces = false): SentenceKind {
  if (paragraphKind === "caption" && sentence.startsWith("(") && CREDIT_PHRASE.test(sentence)) return "credit";
  if (paragraphKind !== "body") return paragraphKind;
  // Every override needs a boilerplate suffix's last word at the end, a credit prefix or an
  // opening "(": a sentence with none of them ("Rescuers dug all night.", most of them) is body
  // before its words are counted.
  const hint = endsWithSuffixHint(sentence);
  const credit = CREDIT_PREFIX.test(sentence);
  const paren = sentence.charCodeAt(0) === 40;
  if (!hint && !credit && !paren) return "body";
  const words = countWords(sentence, 15, plainSpaces);
  if (words > 14) return "body";
  if (hint && BOILERPLATE_SUFFIX.test(normalizeLine(sentence.slice(-60)))) return "boilerplate";
  if (credit) return "credit";
  if (words <= 8 && paren && CREDIT_PHRASE.test(sentence)) return "credit";
  return "body";
}

/** Last words of BOILERPLATE_SUFFIXES ("reporting", "reserved"), when all are ASCII letters; else null. */
const HINT_WORDS: string[] | null = (() => {
  const words = [...new Set(BOILERPLATE_SUFFIXES.map((x) => (x.split(" ").pop() as string).toLowerCase()))];
  return words.every((w) => /^[a-z]+$/.test(w)) ? words : null;
})();

/**
 * SUFFIX_HINT.test(s) without trying the regex at every position of a long sentence: the hint
 * word must end at the last word character (only non-word characters may follow it), so the
 * characters before it are compared with each hint word ("… contributed reporting." → true).
 * Case-insensitive as the regex (no "u" flag: only ASCII letters fold).
 *
 * @example endsWithSuffixHint("Reuters contributed REPORTING.)") // true
 */
export function endsWithSuffixHint(s: string): boolean {
  if (HINT_WORDS === null) return SUFFIX_HINT.test(s);
  let z = s.length;
  while (z > 0 && !isRegexWordChar(s.charCodeAt(z - 1))) z--;
  for (const w of HINT_WORDS) {
    if (z < w.length) continue;
    let k = 0;
    while (k < w.length && (s.charCodeAt(z - w.length + k) | 32) === w.charCodeAt(k) && s.charCodeAt(z - w.length + k) < 128) k++;
    if (k === w.length) return true;
  }
  return false;
}

/** The characters of a regex's \w: A–Z, a–z, 0–9, "_". */
function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `first` is firstNormalizedWord(line). */
function isBoilerplate(line: string, words: number, first: string): boolean {
  // Both lists match the normalised line from its start, so its first word must open an entry:
  // most lines ("Rescuers said…") are turned away before anything is normalised.
  if (line.length <= 60 && LINE_FIRST_WORDS.has(first) && BOILERPLATE_LINE_SET.has(normalizeLine(line))) return true;
  // "World News || Latest News": navigation menus.
  if (words <= 20 && MENU_BARS.test(line)) return true;
  return PREFIX_FIRST_WORDS.has(first) && BOILERPLATE_PREFIX.test(normalizeLine(line.slice(0, 80)));
}

const firstWordOf = (entry: string) => entry.split(" ")[0];
const LINE_FIRST_WORDS = new Set(BOILERPLATE_LINES.map(firstWordOf));
const PREFIX_FIRST_WORDS = new Set(BOILERPLATE_PREFIXES.map(firstWordOf));
/** Characters normalizeLine keeps (after lower-casing): see normalize.ts. */
const WORD_RUN = /[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\uffff]+/;
const TRIMMED_WORD_CHAR = /[\u1680\u3000\ufeff]/;
/** Characters looked at for the first word (entries' first words are far shorter). */
const HEAD_CHARS = 40;

/**
 * The first word of normalizeLine(line) ("“Read more:” Floods" → "read"), looking at the line's
 * head only; when the head does not settle it (no word yet, or a word running to its end), the
 * whole line is normalised.
 *
 * @example firstNormalizedWord("“Read more:” Floods") // "read"
 */
export function firstNormalizedWord(line: string): string {
  // Common case: the line opens with ASCII letters or digits ended by another ASCII character
  // before the head's end; that run, lowercased, is the first word.
  let k = 0;
  while (k < line.length && k < HEAD_CHARS && isAsciiWordChar(line.charCodeAt(k))) k++;
  if (k > 0 && k < HEAD_CHARS && (k === line.length || line.charCodeAt(k) < 128)) return line.slice(0, k).toLowerCase();
  const head = line.slice(0, HEAD_CHARS).toLowerCase();
  const m = WORD_RUN.exec(head);
  // Also when the word holds a space-like character normalizeLine's trim() would strip (U+1680, U+3000, BOM).
  if ((line.length > HEAD_CHARS && (!m || m.index + m[0].length >= head.length)) || (m && TRIMMED_WORD_CHAR.test(m[0]))) {
    const all = normalizeLine(line);
    const space = all.indexOf(" ");
    return space < 0 ? all : all.slice(0, space);
  }
  return m ? m[0] : "";
}

function isDateline(line: string, words: number): boolean {
  if (words > 14 || line.length > 200) return false;
  if (URL_LINE.test(line) || AGENCY_DATELINE_LINE.test(line)) return true;
  // "By Jane Doe and John Roe, Reuters": a byline is a prefix then only names.
  const lower = line.toLowerCase();
  for (const p of BYLINE_PREFIXES) {
    if (lower.startsWith(p) && lower.charCodeAt(p.length) === 32 && words <= 12) {
      const rest = line.slice(p.length).trim().split(/\s+/);
      if (rest.length > 0 && /^[A-Z]/.test(rest[0]) && rest.every((w) => BYLINE_NAME_WORD.test(w))) return true;
    }
  }
  // A stamp needs a digit ("15", "09:15"): a line without one ("Floods hit the valley", most
  // headlines and short lines) is not a date line, and its words are never split and checked.
  if (!DIGIT.test(line)) return false;
  const tokens = line.split(/\s+/);
  let hasDigit = false;
  for (const raw of tokens) {
    if (!raw) continue;
    if (STAMP_TOKEN.test(raw)) { hasDigit = true; continue; }
    const w = raw.toLowerCase().replace(/^[(\[|]+|[,.:)\]|]+$/g, "");
    if (w === "" || DATELINE_WORD_SET.has(w)) continue;
    return false;
  }
  return hasDigit;
}

/** a–z, A–Z, 0–9. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
