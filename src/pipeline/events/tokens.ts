/**
 * Word and punctuation tokens of one sentence, with offsets into the article.
 * Words keep inner apostrophes ("Olsen's" stays one token, "don't" too); every
 * other non-space, non-letter character is its own token so clause boundaries
 * ("," ";" "—") and hyphens ("Hamas-led") stay visible to the rules.
 *
 * A class with five fields and a getter rather than an object literal with six: a 5,000-article
 * run makes about 1.8 million tokens, and each field is 8 bytes of every one of them. `end` is not
 * stored: `text` is always the characters between the two offsets ("Hamas" at 10 ends at 15), so
 * it is `start + text.length`; the getter is a few bytes of bytecode that V8 inlines at every read
 * like a field load.
 */
export class Token {
  // (Fields `declare`d and set by the constructor: see WordToken in actors/tokens.ts for why.)
  /** Text as written. */
  declare readonly text: string;
  /** Lowercase, curly apostrophes folded to "'". */
  declare readonly lower: string;
  /** Offset into Article.text. */
  declare readonly start: number;
  /** True for punctuation / symbol tokens. */
  declare readonly punct: boolean;
  /** `wordKey(lower)` (word-index.ts), computed while reading: word lists are probed by it. */
  declare readonly key: number;
  constructor(text: string, lower: string, start: number, punct: boolean, key: number) {
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.punct = punct;
    this.key = key;
  }

  /** Offset into Article.text after the token. */
  get end(): number {
    return this.start + this.text.length;
  }
}

import {wordKey} from "./word-index.ts";

const WORD = 1;
const SPACE = 2;
const OTHER = 3;
// Character classes per UTF-16 code unit, filled lazily: a hand-written scanner is several
// times faster than a /u regex with \p{…} classes, and throughput matters here.
const CLASS = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdfff) k = WORD; // keep surrogate pairs together
    else {
      const ch = String.fromCharCode(c);
      k = WORD_RE.test(ch) ? WORD : SPACE_RE.test(ch) ? SPACE : OTHER;
    }
    CLASS[c] = k;
  }
  return k;
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

/**
 * Lowercase form of a word as written; `upper` false means it has no capital to fold.
 * Lowercase per word, not a slice of the lowercased sentence: slicing that copy made the
 * whole tokenizer about four times slower in V8 (measured on the bench corpus).
 */
function lowerOf(word: string, upper: boolean, curly: boolean): string {
  const lower = !upper ? word : word.toLowerCase();
  return curly ? lower.replace(/’/g, "'") : lower;
}

/**
 * Splits `text` (which starts at article offset `offset`) into tokens.
 *
 * @example tokenize("Rescuers freed 12 people.", 0).map((t) => t.lower) // ["rescuers","freed","12","people","."]
 */
export function tokenize(text: string, offset: number): Token[] {
  return tokenizeRange(text, 0, text.length, offset);
}

/**
 * Tokens of `source.slice(from, to)`, offsets shifted by `shift` (0 when `source` is the
 * article text itself). Reading the article text in place rather than a slice of it is
 * why this exists: V8 reads a sliced string about 1.7 times slower (measured on the bench
 * corpus), and the words sliced from it are flat copies.
 *
 * @example tokenizeRange(article.text, sentence.start, sentence.end, 0)
 */
export function tokenizeRange(source: string, from: number, to: number, shift: number): Token[] {
  const out: Token[] = [];
  const n = to;
  let i = from;
  while (i < n) {
    const k = classOf(source.charCodeAt(i));
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === OTHER) {
      const t = source[i];
      // The key of a one-character string is its code (see wordKey).
      out.push(new Token(t, t, shift + i, true, source.charCodeAt(i)));
      i++;
      continue;
    }
    let j = i;
    let curly = false;
    // Only words with a capital (or any non-ASCII letter) need a separate lowercase string.
    let upper = false;
    // The key of the lowercase form, hashed on the way (ASCII only; see below).
    let key = 0;
    let ascii = true;
    for (;;) {
      for (; j < n; j++) {
        const c = source.charCodeAt(j);
        if (c >= 97 && c <= 122) {
          key = (Math.imul(key, 31) + c) | 0;
          continue;
        }
        if (classOf(c) !== WORD) break;
        if (c < 48 || c > 57) {
          upper = true;
          if (c >= 65 && c <= 90) key = (Math.imul(key, 31) + (c | 32)) | 0;
          else ascii = false;
        } else key = (Math.imul(key, 31) + c) | 0;
      }
      const c = j < n ? source.charCodeAt(j) : 0;
      if ((c === APOSTROPHE || c === CURLY_APOSTROPHE) && j + 1 < n && classOf(source.charCodeAt(j + 1)) === WORD) {
        if (c === CURLY_APOSTROPHE) curly = true;
        // Both apostrophes read as "'" in `lower`. The character after is taken as it is (no
        // capital check: "don'T" keeps its "T"), so only a-z and digits hash directly.
        const d = source.charCodeAt(j + 1);
        key = (Math.imul(Math.imul(key, 31) + APOSTROPHE, 31) + d) | 0;
        if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) ascii = false;
        j += 2;
        continue;
      }
      break;
    }
    const text = source.slice(i, j);
    const lower = lowerOf(text, upper, curly);
    // A non-ASCII letter may lowercase to other or more characters ("İ"): hash the result.
    if (!ascii) key = wordKey(lower);
    out.push(new Token(text, lower, shift + i, false, key));
    i = j;
  }
  return out;
}

// Module constants, not literals in the function: tsx (esbuild) turns a \p{…} regex literal
// into `new RegExp(…)`, so a literal inside a function made a new RegExp object at every call.
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * First character a lowercase letter (a-z without a regex).
 *
 * @example startsLowercase("freed") // true
 */
export function startsLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : STARTS_LOWER.test(text);
}

/**
 * Whether the token lies within article offsets [start, end].
 *
 * @example within(token, date.start, date.end)
 */
export function within(t: Token, start: number, end: number): boolean {
  return t.start >= start && t.end <= end;
}

/**
 * True when some token of `t` is one of `words` (lowercase): a sentence-wide word test ("a game word anywhere in the
 * sentence"), one loop instead of a closure per call site.
 *
 * @example hasWordIn(tokenize("The referee presided.", 0), new Set(["referee"])) // true
 */
export function hasWordIn(t: readonly Token[], words: ReadonlySet<string>): boolean {
  for (const w of t) if (words.has(w.lower)) return true;
  return false;
}
