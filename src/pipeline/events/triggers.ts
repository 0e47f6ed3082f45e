import {EVENT_TRIGGERS, type TriggerEntry} from "../model/event-triggers.ts";
import {startsLowercase, type Token} from "./tokens.ts";
import {hasWord, lookupWord, wordIndex, wordKey, wordSet, type WordIndex} from "./word-index.ts";
import {GAP, GAP_BREAKS, TIME_GAP_WORDS} from "../model/event-triggers.ts";
import {keyWordFilter} from "./quick-filter.ts";

/** Fields every phrase lexicon shares (event triggers, interaction verbs). */
export interface PhraseEntry {
  phrase: string;
  prev?: string[];
  notPrev?: string[];
  notNext?: string[];
  /** One of these words must stand within CONTEXT_WINDOW tokens of the phrase ("returned home" … "captivity"). */
  context?: string[];
  /** The word right after the phrase must be capitalised, a name ("flew into Kabul", not "flew into a rage"). */
  nextCap?: boolean;
  /** Session 33: the gap may hold only words of a time or a means (TIME_GAP_WORDS: "spoke on Sunday night with B"). */
  timeGap?: boolean;
}

/**
 * A lexicon entry split into words, its guards copied to fields every compiled entry has
 * (null when absent): entries of the lexicons have many different shapes, and reading optional
 * fields from them in the matching loop was a slow, megamorphic property lookup. The guard
 * lists are word tables probed by token key (word-index.ts) rather than arrays searched with
 * `includes`: a `context` guard reads up to 24 tokens around the phrase, and string compares
 * of each against each word of the list showed in the profile.
 */
export interface Compiled<E extends PhraseEntry = TriggerEntry> {
  words: string[];
  /**
   * `wordKey` of each word: a token's key (Token.key, the same hash of its `lower`) is compared
   * first, so most tokens that are not the phrase's next word are told apart by one number
   * compare, not a string compare (equal words always have equal keys: same answer).
   */
  keys: number[];
  entry: E;
  prev: WordIndex<true> | null;
  notPrev: WordIndex<true> | null;
  notNext: WordIndex<true> | null;
  context: WordIndex<true> | null;
  /** Whether the word after the phrase must be capitalised (PhraseEntry.nextCap). */
  nextCap: boolean;
  /** Whether the gap holds only words of a time or a means (PhraseEntry.timeGap). */
  timeGap: boolean;
  /** Index of the gap word (GAP) in `words`, -1 for none. */
  gap: number;
}

/**
 * A phrase found in a token list: token range [from, to) and the entry; for a phrase with a
 * gap ("took … hostage"), the token range the gap covered ("two nurses").
 */
export interface PhraseHit<E extends PhraseEntry> {
  from: number;
  to: number;
  entry: E;
  gap: {from: number; to: number} | null;
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
  // One word table per guard list, not per guard: the forms of one verb share their options'
  // lists (`forms("release", [...], {context: CAPTIVITY})`: 109 guards, 22 lists in the two
  // lexicons). A table per guard called wordIndex so often at module load that TurboFan compiled
  // it in every cold run, for code that hardly runs again. Tables are only read: sharing one
  // gives the same answers.
  const tables = new Map<readonly string[], WordIndex<true>>();
  const guardWords = (words: readonly string[] | undefined): WordIndex<true> | null => {
    if (!words) return null;
    let table = tables.get(words);
    if (!table) tables.set(words, (table = wordSet(words)));
    return table;
  };
  for (const entry of entries) {
    const words = phraseWords(entry.phrase);
    if (words.length === 0) continue;
    const list = map.get(words[0]) ?? [];
    list.push({words, keys: words.map(wordKey), entry, prev: guardWords(entry.prev), notPrev: guardWords(entry.notPrev), notNext: guardWords(entry.notNext), context: guardWords(entry.context), nextCap: entry.nextCap === true, timeGap: entry.timeGap === true, gap: words.indexOf(GAP)});
    map.set(words[0], list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

const LEXICON = compileLexicon(EVENT_TRIGGERS);

/**
 * Every trigger in a token list, left to right, longest match first, non-overlapping.
 *
 * @example findTriggers(tokenize("Rebels freed the crew.", 0)) // [{from: 1, to: 2, entry: {phrase: "freed", type: "release"}}]
 */
export function findTriggers(tokens: Token[]): PhraseHit<TriggerEntry>[] {
  return matchLexicon(tokens, LEXICON);
}

/**
 * Every phrase of a compiled lexicon in a token list, left to right, longest first,
 * non-overlapping, guards applied.
 *
 * @example matchLexicon(tokenize("They held talks.", 0), compileLexicon([{phrase: "held talks"}]))
 */
export function matchLexicon<E extends PhraseEntry>(tokens: Token[], lexicon: Map<string, Compiled<E>[]>): PhraseHit<E>[] {
  // Hits are collected in HITS and copied out at their final size (see HITS).
  let n = 0;
  const hits = HITS as PhraseHit<E>[];
  const first = firstWords(lexicon);
  for (let i = 0; i < tokens.length; i++) {
    // Probed by the token's key: no string hash per token (see word-index.ts).
    const list = lookupWord(first, tokens[i].lower, tokens[i].key);
    if (!list) continue;
    for (let c = 0; c < list.length; c++) {
      const compiled = list[c];
      const words = compiled.words;
      if (compiled.gap >= 0) {
        const hit = gappedAt(tokens, i, compiled);
        if (!hit || !guardsPass(tokens, i, hit.to, compiled)) continue;
        hits[n++] = hit;
        i = hit.to - 1;
        break;
      }
      if (!matchesAt(tokens, i, compiled) || !guardsPass(tokens, i, i + words.length, compiled)) continue;
      hits[n++] = {from: i, to: i + words.length, entry: compiled.entry, gap: null};
      i += words.length - 1;
      break;
    }
  }
  return n === 0 ? (NO_HITS as PhraseHit<E>[]) : hits.slice(0, n);
}

/**
 * The hits of the matchLexicon call running, reused by every call; each answer is a copy at its
 * final size (`slice`), so no list escapes. Why not a fresh `[]`: a list started empty grew to room
 * for 17 hits at its first push, most of matchLexicon's allocation (a sentence has one to three
 * hits). Entries past the last call's count are stale and never read. Holds no article data (hits
 * are token indexes and constant lexicon entries). Not re-entrant: matchLexicon calls nothing that
 * matches a lexicon.
 */
const HITS: PhraseHit<PhraseEntry>[] = [];

/** The answer for a sentence without hits, shared (callers only read the list). */
const NO_HITS: readonly PhraseHit<PhraseEntry>[] = Object.freeze([]);

const FIRST_WORDS = new WeakMap<Map<string, unknown>, WordIndex<unknown>>();

/** The lexicon as a WordIndex of its first words; cached per lexicon. */
function firstWords<V>(lexicon: Map<string, V>): WordIndex<V> {
  let index = FIRST_WORDS.get(lexicon) as WordIndex<V> | undefined;
  if (index === undefined) {
    index = wordIndex(lexicon);
    FIRST_WORDS.set(lexicon, index);
  }
  return index;
}

/** Most words a gap may cover ("set Ana Souza and Rui Costa free"). */
const MAX_GAP = 6;
const BREAKS = new Set(GAP_BREAKS);
const TIME_GAP = new Set(TIME_GAP_WORDS);

/**
 * A phrase with a gap at token `i`: the words before the gap, then 1 to MAX_GAP words that are
 * no punctuation (a hyphen or apostrophe aside) and no GAP_BREAKS word, then the words after it,
 * shortest gap first ("took two nurses hostage", not "took part in the hostage talks").
 */
function gappedAt<E extends PhraseEntry>(tokens: Token[], i: number, compiled: Compiled<E>): PhraseHit<E> | null {
  const {words, gap} = compiled;
  for (let k = 1; k < gap; k++) if (tokens[i + k]?.lower !== words[k]) return null;
  const from = i + gap;
  for (let end = from + 1; end <= from + MAX_GAP && end <= tokens.length; end++) {
    const t = tokens[end - 1];
    if (compiled.timeGap ? !TIME_GAP.has(t.lower) : (t.punct && t.text !== "-" && t.text !== "'" && t.text !== "’") || BREAKS.has(t.lower)) return null;
    let k = 0;
    while (gap + 1 + k < words.length && tokens[end + k]?.lower === words[gap + 1 + k]) k++;
    if (gap + 1 + k === words.length) return {from: i, to: end + k, entry: compiled.entry, gap: {from, to: end}};
  }
  return null;
}

/** Whether the phrase's words after the first stand at tokens i + 1 … (keys compared first, see Compiled). */
function matchesAt<E extends PhraseEntry>(tokens: Token[], i: number, compiled: Compiled<E>): boolean {
  const {words, keys} = compiled;
  if (i + words.length > tokens.length) return false;
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k];
    if (t.key !== keys[k] || t.lower !== words[k]) return false;
  }
  return true;
}

/** How far (in tokens, either side) a `context` word may stand from its phrase. */
const CONTEXT_WINDOW = 12;

function guardsPass(tokens: Token[], from: number, to: number, guards: Compiled<PhraseEntry>): boolean {
  // The word before, "" (key 0, as wordKey("")) at the start or after punctuation.
  const before = from > 0 && !tokens[from - 1].punct ? tokens[from - 1] : null;
  const prev = before ? before.lower : "";
  const prevKey = before ? before.key : 0;
  if (guards.prev && !hasWord(guards.prev, prev, prevKey)) return false;
  // "flew into Kabul", "landed in Doha": a name after the phrase (not "flew into a rage", "landed in trouble").
  if (guards.nextCap && (to >= tokens.length || tokens[to].punct || startsLowercase(tokens[to].text))) return false;
  if (guards.notPrev && hasWord(guards.notPrev, prev, prevKey)) return false;
  if (guards.notNext) {
    for (let k = to; k < Math.min(tokens.length, to + 2); k++) if (hasWord(guards.notNext, tokens[k].lower, tokens[k].key)) return false;
  }
  if (guards.context) {
    const words = guards.context;
    // The phrase's own span counts too: a gap may hold the word ("handed the captive engineer to").
    let found = false;
    for (let k = Math.max(0, from - CONTEXT_WINDOW); k < Math.min(tokens.length, to + CONTEXT_WINDOW) && !found; k++) found = hasWord(words, tokens[k].lower, tokens[k].key);
    if (!found) return false;
  }
  return true;
}

/**
 * A cheap test run on raw sentence text before tokenising: false means no phrase of the
 * lexicon can match. Each phrase needs all its words, so it is enough to look for the
 * longest word of every phrase as a whole word, case-insensitively (see quick-filter.ts).
 *
 * @example const may = quickFilter([{phrase: "held talks"}]); may("They held talks.") // true
 */
export function quickFilter(entries: PhraseEntry[], extraWords: readonly string[] = []): (text: string, from?: number, to?: number) => boolean {
  const keys = new Set<string>(extraWords.map((w) => w.toLowerCase()));
  for (const e of entries) {
    const words = phraseWords(e.phrase).filter((w) => w !== "-" && w !== GAP);
    if (words.length === 0) continue;
    keys.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return keyWordFilter(keys);
}

/**
 * Quick filter for the event trigger lexicon.
 *
 * @example mayHaveTrigger("The shares fell.") // false
 */
export const mayHaveTrigger = quickFilter(EVENT_TRIGGERS);
