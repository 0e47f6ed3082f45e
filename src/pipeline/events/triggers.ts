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
  for (let i = 0; i < tokens.length; i++) {
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
 * longest word of every phrase (one case-insensitive regex, linear in the text).
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
  return (text) => re.test(text);
}

/**
 * Quick filter for the event trigger lexicon.
 *
 * @example mayHaveTrigger("The shares fell.") // false
 */
export const mayHaveTrigger = quickFilter(EVENT_TRIGGERS);
