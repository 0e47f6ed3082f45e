/**
 * Word and punctuation tokens of one sentence, with offsets into the article.
 * Words keep inner apostrophes ("Olsen's" stays one token, "don't" too); every
 * other non-space, non-letter character is its own token so clause boundaries
 * ("," ";" "—") and hyphens ("Hamas-led") stay visible to the rules.
 */
export interface Token {
  /** Text as written. */
  text: string;
  /** Lowercase, curly apostrophes folded to "'". */
  lower: string;
  /** Offsets into Article.text. */
  start: number;
  end: number;
  /** True for punctuation / symbol tokens. */
  punct: boolean;
}

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
 * Splits `text` (which starts at article offset `offset`) into tokens.
 *
 * @example tokenize("Rescuers freed 12 people.", 0).map((t) => t.lower) // ["rescuers","freed","12","people","."]
 */
export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === OTHER) {
      const t = text[i];
      out.push({text: t, lower: t, start: offset + i, end: offset + i + 1, punct: true});
      i++;
      continue;
    }
    let j = i;
    let curly = false;
    // Only words with a capital (or any non-ASCII letter) need a separate lowercase string.
    let upper = false;
    for (;;) {
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c >= 97 && c <= 122) continue;
        if (classOf(c) !== WORD) break;
        if (c < 48 || c > 57) upper = true;
      }
      const c = j < n ? text.charCodeAt(j) : 0;
      if ((c === APOSTROPHE || c === CURLY_APOSTROPHE) && j + 1 < n && classOf(text.charCodeAt(j + 1)) === WORD) {
        if (c === CURLY_APOSTROPHE) curly = true;
        j += 2;
        continue;
      }
      break;
    }
    const word = text.slice(i, j);
    // Lowercase per word, not a slice of the lowercased sentence: slicing that copy made the
    // whole tokenizer about four times slower in V8 (measured on the bench corpus).
    let lower = !upper ? word : word.toLowerCase();
    if (curly) lower = lower.replace(/’/g, "'");
    out.push({text: word, lower, start: offset + i, end: offset + j, punct: false});
    i = j;
  }
  return out;
}
