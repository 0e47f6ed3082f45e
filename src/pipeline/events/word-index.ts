/**
 * Word lists looked up by a token's precomputed hash (`Token.key`, see tokens.ts) instead of
 * by string in a Map or Set.
 *
 * Why: the stage 06/07 rules look up nearly every token in some word list (triggers, clause
 * openers, nouns). A string lookup first hashes the string, and token strings are fresh, so
 * every token paid for a hash of its own (about half the cost of tokenising, measured on the
 * bench corpus). The tokenizer computes the same hash while it reads the characters, nearly
 * for free, and an open-addressing table of those numbers answers with one array probe; the
 * string is compared only when the numbers agree, so the answer is exactly the Map's.
 */

/** A word → value table probed by word hash (see `wordKey`). */
export interface WordIndex<V> {
  mask: number;
  /** The key in each slot, `empty` for an empty slot. */
  keys: Int32Array;
  /** A number that is no word's key in this table: marks empty slots. */
  empty: number;
  words: (string | undefined)[];
  values: V[];
}

/**
 * The hash `tokenize` stores as `Token.key` for a token whose lowercase form is `word`.
 *
 * @example wordKey("freed") === tokenize("Freed", 0)[0].key // true
 */
export function wordKey(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * Builds a table from [word, value] pairs (words as compared: lowercase). A word given twice
 * keeps its last value, as in `new Map(entries)`.
 *
 * @example lookupWord(wordIndex([["met", 1]]), "met", wordKey("met")) // 1
 */
export function wordIndex<V>(entries: Iterable<readonly [string, V]>): WordIndex<V> {
  const list = [...entries];
  let size = 8;
  while (size < list.length * 4) size *= 2;
  const used = new Set(list.map(([w]) => wordKey(w)));
  let empty = 0;
  while (used.has(empty)) empty++;
  const index: WordIndex<V> = {mask: size - 1, keys: new Int32Array(size).fill(empty), empty, words: new Array<string | undefined>(size).fill(undefined), values: new Array<V>(size)};
  for (const [word, value] of list) {
    const key = wordKey(word);
    let slot = key & index.mask;
    while (index.words[slot] !== undefined && index.words[slot] !== word) slot = (slot + 1) & index.mask;
    index.keys[slot] = key;
    index.words[slot] = word;
    index.values[slot] = value;
  }
  return index;
}

/**
 * A set of words as a WordIndex (value `true`).
 *
 * @example hasWord(wordSet(["in", "near"]), "in", wordKey("in")) // true
 */
export function wordSet(words: Iterable<string>): WordIndex<true> {
  const entries: [string, true][] = [];
  for (const w of words) entries.push([w, true]);
  return wordIndex(entries);
}

/**
 * The value for `word` (whose `wordKey` is `key`), or undefined.
 *
 * @example lookupWord(index, token.lower, token.key)
 */
export function lookupWord<V>(index: WordIndex<V>, word: string, key: number): V | undefined {
  // Only the small key array is read until a key agrees: most tokens miss on one probe.
  const {keys, empty, mask} = index;
  let slot = key & mask;
  for (;;) {
    const k = keys[slot];
    if (k === empty) return undefined;
    if (k === key && index.words[slot] === word) return index.values[slot];
    slot = (slot + 1) & mask;
  }
}

/**
 * True when `word` (whose `wordKey` is `key`) is in the set.
 *
 * @example hasWord(index, token.lower, token.key)
 */
export function hasWord(index: WordIndex<unknown>, word: string, key: number): boolean {
  return lookupWord(index, word, key) !== undefined;
}
