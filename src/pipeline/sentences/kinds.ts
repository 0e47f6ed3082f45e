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

const BOILERPLATE_LINE_SET = new Set(BOILERPLATE_LINES);
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** All credit phrases as one case-insensitive regex: one pass over the line instead of forty. */
const CREDIT_PHRASE = new RegExp(CREDIT_PHRASES.map(escape).join("|"), "i");
/** Characters every inline credit carries: "(AP Photo/…)", "© Reuters". Checked before the long regex. */
const CREDIT_MARK = /[(\/©]/;
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
/** A URL line; pasted URLs sometimes carry a stray space ("…floods-in-v alencia-a1234"). */
/** A wire dateline alone on its line: "LONDON, Jun 8 (Reuters) -", "MEXICO CITY (AP) —". */
const AGENCY_DATELINE_LINE = /^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([A-Za-z .'’-]{2,30}\)\s*[-–—]?$/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+(?:\s\S+){0,2}$/i;
const BYLINE_NAME_WORD = /^(?:[A-Z][\p{L}'’.-]*,?|and|&|of|de|da|van|von|der|al|el|bin|ibn|la|le|du|\||—|-|,)$/u;

/** What one line looks like on its own, before its neighbours are considered. */
export type LineKind = SentenceKind | "headline_like";

/**
 * Kind of one non-blank line judged on its own text: credit, dateline (a date/time stamp, a URL
 * or a byline), boilerplate, headline-like (short, no final punctuation) or body.
 *
 * @example lineKind("(AP Photo/Jane Doe)") // "credit"
 */
export function lineKind(line: string): LineKind {
  const words = countWords(line, 61);
  if (CREDIT_PREFIX.test(line)) return "credit";
  if (words <= 8 && CREDIT_PHRASE.test(line)) {
    // "Jane Doe. Video grab": a name followed by the credit is a caption.
    return /[.:]\s+\S/.test(line) && !line.startsWith("(") ? "caption" : "credit";
  }
  if (isDateline(line, words)) return "dateline";
  if (words <= 40 && isBoilerplate(line, words)) return "boilerplate";
  if (words <= 60 && CREDIT_MARK.test(line) && CREDIT_PHRASE.test(line)) return "caption";
  if (words <= 30 && !TERMINAL_CHARS.has(line.charAt(line.length - 1))) return "headline_like";
  return "body";
}

/**
 * Per-sentence overrides inside a body paragraph: "AFP contributed reporting." is boilerplate,
 * "(AP Photo/Jane Doe)" is a credit.
 *
 * @example sentenceKind("Reuters contributed reporting.", "body") // "boilerplate"
 */
export function sentenceKind(sentence: string, paragraphKind: SentenceKind): SentenceKind {
  if (paragraphKind === "caption" && sentence.startsWith("(") && CREDIT_PHRASE.test(sentence)) return "credit";
  if (paragraphKind !== "body") return paragraphKind;
  const words = countWords(sentence, 15);
  if (words > 14) return "body";
  if (SUFFIX_HINT.test(sentence) && BOILERPLATE_SUFFIX.test(normalizeLine(sentence.slice(-60)))) return "boilerplate";
  if (CREDIT_PREFIX.test(sentence)) return "credit";
  if (words <= 8 && sentence.startsWith("(") && CREDIT_PHRASE.test(sentence)) return "credit";
  return "body";
}

function isBoilerplate(line: string, words: number): boolean {
  // Both lists match the normalised line from its start, so its first word must open an entry:
  // most lines ("Rescuers said…") are turned away before anything is normalised.
  const first = firstNormalizedWord(line);
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
  const tokens = line.split(/\s+/);
  // "By Jane Doe and John Roe, Reuters": a byline is a prefix then only names.
  const lower = line.toLowerCase();
  for (const p of BYLINE_PREFIXES) {
    if (lower.startsWith(p + " ") && words <= 12) {
      const rest = line.slice(p.length).trim().split(/\s+/);
      if (rest.length > 0 && /^[A-Z]/.test(rest[0]) && rest.every((w) => BYLINE_NAME_WORD.test(w))) return true;
    }
  }
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

/** Words in `s`, counting no further than `limit` (callers only compare with small numbers). */
function countWords(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
