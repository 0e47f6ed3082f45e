import type {Spec} from "./spec.ts";

/**
 * A date expression found in a sentence, with offsets relative to that sentence. Everything
 * stage 03 finds in a sentence before resolution depends only on the sentence's text and on
 * day-first reading, so it can be reused when the same sentence comes again.
 */
export interface SentenceDate {
  start: number;
  end: number;
  text: string;
  spec: Spec;
  future: boolean;
}

/**
 * Sentences longer than this are not kept: repeats are short lines (wire paragraphs, captions,
 * "The death toll rose to 12 on Monday."), and long keys would cost memory for little gain.
 */
const MAX_KEY = 1000;
/** Entries per reading (month-first / day-first); the oldest entry goes first when full. */
const MAX_ENTRIES = 8192;

/**
 * The same sentence often comes back: wire copy reprinted by several outlets, a paragraph an
 * outlet repeats in an update, a standard caption. chrono is the slowest step of the pipeline,
 * so stage 03 remembers what it found in recent sentences (bounded; results are immutable).
 * Keys are copies, so the cache does not hold on to whole article texts.
 */
const caches = [newCache(), newCache()];

/**
 * A map plus the order its keys came in, as a ring: when full, the slot of the oldest key takes
 * the new one. (Evicting through `map.keys().next()` gets slow: a Map keeps deleted entries as
 * holes that every such call walks past.)
 */
interface Cache {
  map: Map<string, readonly SentenceDate[]>;
  ring: string[];
  next: number;
}

function newCache(): Cache {
  return {map: new Map(), ring: [], next: 0};
}

/**
 * What stage 03 found in a sentence the last time it saw that exact text, or undefined.
 *
 * @example cachedDates("Rivers rose on Monday.", false) // undefined the first time
 */
export function cachedDates(sentence: string, dayFirst: boolean): readonly SentenceDate[] | undefined {
  if (sentence.length > MAX_KEY) return undefined;
  return caches[dayFirst ? 1 : 0].map.get(sentence);
}

/**
 * Remembers what stage 03 found in a sentence.
 *
 * @example rememberDates("Rivers rose on Monday.", false, found)
 */
export function rememberDates(sentence: string, dayFirst: boolean, found: readonly SentenceDate[]): void {
  if (sentence.length > MAX_KEY) return;
  const cache = caches[dayFirst ? 1 : 0];
  if (cache.map.has(sentence)) return;
  const key = flatCopy(sentence);
  if (cache.ring.length < MAX_ENTRIES) cache.ring.push(key);
  else {
    cache.map.delete(cache.ring[cache.next]);
    cache.ring[cache.next] = key;
    cache.next = (cache.next + 1) % MAX_ENTRIES;
  }
  cache.map.set(key, found);
}

/**
 * A copy of a string that shares no memory with it. A sentence is usually a slice of its
 * article's text, and keeping the slice as a key would keep the whole article alive:
 * concatenating forces a new flat string, and the slice of that only holds the sentence.
 */
function flatCopy(s: string): string {
  const joined = " " + s;
  // Reading a character flattens the concatenation into one new string.
  joined.charCodeAt(joined.length - 1);
  return joined.slice(1);
}

/**
 * Forgets every remembered sentence (for benchmarks and tests that measure or probe the uncached path).
 *
 * @example clearDateCache()
 */
export function clearDateCache(): void {
  for (let i = 0; i < caches.length; i++) caches[i] = newCache();
}
