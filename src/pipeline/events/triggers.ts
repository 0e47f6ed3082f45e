import type {EventType} from "../types.ts";
import {EVENT_TRIGGERS, type TriggerEntry} from "../model/event-triggers.ts";
import type {Token} from "./tokens.ts";

/** A trigger found in a sentence: token range [from, to) and its event type. */
export interface TriggerHit {
  from: number;
  to: number;
  type: EventType;
}

/** Fields every phrase lexicon shares (event triggers, interaction verbs). */
export interface PhraseEntry {
  phrase: string;
  prev?: string[];
  notPrev?: string[];
  notNext?: string[];
}

/** A lexicon entry split into words. */
export interface Compiled<E extends PhraseEntry = TriggerEntry> {
  words: string[];
  entry: E;
}

/** A phrase found in a token list: token range [from, to) and the entry. */
export interface PhraseHit<E extends PhraseEntry> {
  from: number;
  to: number;
  entry: E;
}

/**
 * Splits a lexicon phrase the way `tokenize` splits text ("cease-fire" → cease, -, fire).
 *
 * @example phraseWords("cease-fire") // ["cease", "-", "fire"]
 */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+|(?=-)|(?<=-)/).filter(Boolean);
}

/**
 * Indexes a phrase lexicon by first word, longest phrase first, so matching a
 * sentence costs one Map lookup per token.
 *
 * @example compileLexicon([{phrase: "held talks", type: "meeting"}]).get("held")
 */
export function compileLexicon<E extends PhraseEntry>(entries: E[]): Map<string, Compiled<E>[]> {
  const map = new Map<string, Compiled<E>[]>();
  for (const entry of entries) {
    const words = phraseWords(entry.phrase);
    if (words.length === 0) continue;
    const list = map.get(words[0]) ?? [];
    list.push({words, entry});
    map.set(words[0], list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

const LEXICON = compileLexicon(EVENT_TRIGGERS);

/**
 * Every trigger in a token list, left to right, longest match first, non-overlapping.
 *
 * @example findTriggers(tokenize("Rebels freed the crew.", 0)) // [{from: 1, to: 2, type: "release"}]
 */
export function findTriggers(tokens: Token[]): TriggerHit[] {
  return matchLexicon(tokens, LEXICON).map((h) => ({from: h.from, to: h.to, type: h.entry.type}));
}

/**
 * Every phrase of a compiled lexicon in a token list, left to right, longest first,
 * non-overlapping, guards applied.
 *
 * @example matchLexicon(tokenize("They held talks.", 0), compileLexicon([{phrase: "held talks"}]))
 */
export function matchLexicon<E extends PhraseEntry>(tokens: Token[], lexicon: Map<string, Compiled<E>[]>): PhraseHit<E>[] {
  const hits: PhraseHit<E>[] = [];
  const lengths = firstWordLengths(lexicon);
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens cannot start a phrase by length alone: skip the map lookup (a string hash).
    const len = tokens[i].lower.length;
    if (len < 32 && (lengths & (1 << len)) === 0) continue;
    const list = lexicon.get(tokens[i].lower);
    if (!list) continue;
    for (const {words, entry} of list) {
      if (!matchesAt(tokens, i, words) || !guardsPass(tokens, i, i + words.length, entry)) continue;
      hits.push({from: i, to: i + words.length, entry});
      i += words.length - 1;
      break;
    }
  }
  return hits;
}

const LENGTHS = new WeakMap<Map<string, unknown>, number>();

/** Bit k set when some first word has k letters (bit 0 for 32 letters or more); cached per lexicon. */
function firstWordLengths(lexicon: Map<string, unknown>): number {
  let bits = LENGTHS.get(lexicon);
  if (bits === undefined) {
    bits = 0;
    for (const w of lexicon.keys()) bits |= w.length < 32 ? 1 << w.length : 1;
    LENGTHS.set(lexicon, bits);
  }
  return bits;
}

function matchesAt(tokens: Token[], i: number, words: string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 1; k < words.length; k++) if (tokens[i + k].lower !== words[k]) return false;
  return true;
}

function guardsPass(tokens: Token[], from: number, to: number, entry: PhraseEntry): boolean {
  const prev = from > 0 && !tokens[from - 1].punct ? tokens[from - 1].lower : "";
  if (entry.prev && !entry.prev.includes(prev)) return false;
  if (entry.notPrev && entry.notPrev.includes(prev)) return false;
  if (entry.notNext) {
    for (let k = to; k < Math.min(tokens.length, to + 2); k++) if (entry.notNext.includes(tokens[k].lower)) return false;
  }
  return true;
}

/**
 * A cheap test run on raw sentence text before tokenising: false means no phrase of the
 * lexicon can match. Each phrase needs all its words, so it is enough to look for the
 * longest word of every phrase as a whole word, case-insensitively.
 *
 * Why a hand-written scan: the same test as one big `/iu` alternation regex with Unicode
 * lookarounds cost about as much as the whole rest of stage 06. The scan walks ASCII letter
 * and digit runs (every key is [a-z0-9]+), hashes each run's lowercase form on the fly and
 * only slices on a hash hit. It gives exactly the regex's answer: a run counts only when no
 * Unicode letter or digit touches it, and text holding a character whose case folding is
 * ASCII ("ſ", the Kelvin sign) or an astral character is left to the regex.
 *
 * @example const may = quickFilter([{phrase: "held talks"}]); may("They held talks.") // true
 */
export function quickFilter(entries: PhraseEntry[], extraWords: string[] = []): (text: string) => boolean {
  const keys = new Set<string>(extraWords.map((w) => w.toLowerCase()));
  for (const e of entries) {
    const words = phraseWords(e.phrase).filter((w) => w !== "-");
    if (words.length === 0) continue;
    keys.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  const escaped = [...keys].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
  // A key outside [a-z0-9] (none today) would need the regex.
  if ([...keys].some((k) => !/^[a-z0-9]+$/.test(k))) return (text) => re.test(text);
  const hashes = new Set<number>();
  let min = Infinity;
  let max = 0;
  for (const k of keys) {
    let h = 0;
    for (let i = 0; i < k.length; i++) h = (Math.imul(h, 31) + k.charCodeAt(i)) | 0;
    hashes.add(h);
    min = Math.min(min, k.length);
    max = Math.max(max, k.length);
  }
  return (text) => {
    const n = text.length;
    let unsure = false;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!asciiAlnum(c)) {
        if (c >= 128 && nonAsciiClass(c) === UNSURE) unsure = true;
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      do {
        // ASCII lowercase: set bit 0x20 on A–Z only.
        h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c | 32 : c)) | 0;
        i++;
        c = i < n ? text.charCodeAt(i) : 0;
      } while (i < n && asciiAlnum(c));
      const len = i - start;
      if (len < min || len > max || !hashes.has(h)) continue;
      // A non-ASCII letter or digit glued to the run makes it part of a longer word.
      if (start > 0 && text.charCodeAt(start - 1) >= 128 && nonAsciiClass(text.charCodeAt(start - 1)) !== NOT_WORD) continue;
      if (i < n && c >= 128 && nonAsciiClass(c) !== NOT_WORD) continue;
      if (keys.has(text.slice(start, i).toLowerCase())) return true;
    }
    return unsure ? re.test(text) : false;
  };
}

function asciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

const WORD_CHAR = 1;
const NOT_WORD = 2;
const UNSURE = 3;
/** Class of each non-ASCII UTF-16 unit, filled lazily: letter/digit, other, or "ask the regex". */
const NON_ASCII = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function nonAsciiClass(c: number): number {
  let k = NON_ASCII[c];
  if (k === 0) {
    // Surrogates (astral characters) and the two characters whose case folding is ASCII.
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0x17f || c === 0x212a) k = UNSURE;
    else k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? WORD_CHAR : NOT_WORD;
    NON_ASCII[c] = k;
  }
  return k;
}

/**
 * Quick filter for the event trigger lexicon.
 *
 * @example mayHaveTrigger("The shares fell.") // false
 */
export const mayHaveTrigger = quickFilter(EVENT_TRIGGERS);
