/**
 * The lexicon (LEX in lexicon.ts) as an open-addressing hash table over char codes, so the
 * tokenizer can look a word up in place in the article text: no substring, no string hash.
 *
 * Why: stage 04 looked up ~180,000 token keys per 1,500 articles in the LEX Map, each a freshly
 * sliced string whose hash V8 computes on first use, through a getter called a million times.
 * The scanner already walks every letter of a word, so it folds the word's hash as it goes
 * (`lexHashStep`) and one probe here gives the LEX bits and, on a hit, the lexicon's own string
 * as the token's key ("the", "minister"): the commonest words never allocate a key at all.
 *
 * Only words of ASCII letters and digits are stored ("minister", "g7"); the tokenizer asks this
 * table only for such words (lowercased), and looks anything else up in LEX by its key.
 */
import {LEX} from "./lexicon.ts";

/** One step of the word hash: `h` so far and the next char code, already lowercased ("M" → "m"). */
export function lexHashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/**
 * The hash of a whole string, folded with `lexHashStep` over its char codes as they are (no case
 * folding): for a token key ("minister", "russia's") it is the hash the scanner folds while
 * reading the word (`keyHash(t.key)` of a plain word's token equals the `lexHashOf` of its text).
 *
 * @example keyHash("minister") === lexHashOf("Minister", 0, 8) // true
 */
export function keyHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = lexHashStep(h, w.charCodeAt(i));
  return h;
}

/** A word of ASCII lowercase letters and digits only. */
function plainWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return w.length > 0;
}

const plain = [...LEX.keys()].filter(plainWord);
/** Slots: a power of two at least four times the word count (short probe runs). */
let size = 1;
while (size < plain.length * 4) size *= 2;
const MASK = size - 1;
/** Low bits of a slot: the word's index + 1 (0 = empty); enough of them for every stored word. */
let indexBits = 1;
while (1 << indexBits <= plain.length) indexBits++;
const INDEX_MASK = (1 << indexBits) - 1;
/**
 * Per slot, in one 32-bit number: the word's index + 1 in the low INDEX_MASK bits, the rest of
 * its hash above them ("tag"): a slot whose tag differs holds another word, and the letters below
 * are compared only when it matches. Why one number per slot and why the letters below
 * in one byte array: a probe then reads 4 bytes of a 32 KB table (it read 8 bytes of a 64 KB
 * one, hash and index side by side, which the other stages of a batch had pushed out of the
 * CPU caches) and, on a hash hit, a few bytes of CHARS, instead of a slot array, a hash array, a
 * string array and the string itself in four places of the heap; the scanner probes once per word
 * (~550,000 probes per 1,500 articles).
 */
const SLOTS = new Int32Array(size);
/** The stored words' letters, one after the other (all ASCII), and where word i starts (i + 1: where it ends). */
const CHARS = new Uint8Array(plain.reduce((n, w) => n + w.length, 0));
const STARTS = new Int32Array(plain.length + 1);
/** The stored words, and their LEX bits, by word index. */
export const LEX_WORDS: readonly string[] = plain;
export const LEX_WORD_BITS = Int32Array.from(plain, (w) => LEX.get(w) ?? 0);
/** The stored words capitalised ("The", "Minister"): the surface of a sentence-initial or title word, without slicing it. */
export const LEX_TITLE_WORDS: readonly string[] = plain.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
plain.forEach((w, i) => {
  for (let k = 0; k < w.length; k++) CHARS[STARTS[i] + k] = w.charCodeAt(k);
  STARTS[i + 1] = STARTS[i] + w.length;
  const h = keyHash(w);
  let slot = h & MASK;
  while (SLOTS[slot] !== 0) slot = (slot + 1) & MASK;
  SLOTS[slot] = (h & ~INDEX_MASK) | (i + 1);
});

/**
 * Index in LEX_WORDS of the word `text[start, end)` read case-insensitively (ASCII letters and
 * digits only), given its hash folded with `lexHashStep` over the lowercased codes; -1 when the
 * lexicon does not hold it.
 *
 * @example lexWordAt("The Minister", 4, 12, hash) // LEX_WORDS index of "minister"
 */
export function lexWordAt(text: string, start: number, end: number, h: number): number {
  let slot = h & MASK;
  const tag = h & ~INDEX_MASK;
  for (;;) {
    const v = SLOTS[slot];
    if (v === 0) return -1;
    if ((v & ~INDEX_MASK) === tag && sameLetters((v & INDEX_MASK) - 1, text, start, end)) return (v & INDEX_MASK) - 1;
    slot = (slot + 1) & MASK;
  }
}

/** Stored word `w` equals `text[start, end)` with ASCII capitals lowercased. */
function sameLetters(w: number, text: string, start: number, end: number): boolean {
  const from = STARTS[w];
  if (STARTS[w + 1] - from !== end - start) return false;
  for (let k = start, j = from; k < end; k++, j++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== CHARS[j]) return false;
  }
  return true;
}

/**
 * Hash of text[start, end) for `lexWordAt` (what the scanner folds inline), for callers that
 * have not walked the word themselves.
 *
 * @example lexWordAt("UN", 0, 2, lexHashOf("UN", 0, 2)) // LEX_WORDS index of "un", or -1
 */
export function lexHashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = lexHashStep(h, c >= 65 && c <= 90 ? c + 32 : c);
  }
  return h;
}
