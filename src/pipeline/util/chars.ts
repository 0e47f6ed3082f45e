/**
 * Character-code tests shared by every stage that reads text one code unit at a time (dates,
 * mentions, figures). One definition, imported: V8 inlines a small imported function like a local
 * one, so the hot loops lose nothing.
 */

/**
 * Whether a char code is an ASCII digit "0"–"9" (not other scripts' digits: "٣" is no number here).
 *
 * @example isDigit("7".charCodeAt(0)) // true
 */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters and digits of any script, as `\p{L}` and `\p{N}` define them. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * What LETTER_OR_DIGIT says about each UTF-16 code unit, filled in as met (0: not yet asked,
 * 1: letter or digit, 2: not): curly quotes, dashes and accented names recur in every article,
 * and one regex call per such character cost more than the loops that ask.
 */
const LETTER_OR_DIGIT_KIND = new Uint8Array(0x10000);

/**
 * Whether one UTF-16 code unit on its own is a letter or digit of any script ("é", "Ж", "٣" yes;
 * "—", "“" no). A lone surrogate is neither.
 *
 * @example isLetterOrDigit("é".charCodeAt(0)) // true
 */
export function isLetterOrDigit(c: number): boolean {
  let kind = LETTER_OR_DIGIT_KIND[c];
  if (kind === 0) LETTER_OR_DIGIT_KIND[c] = kind = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/**
 * Whether a char code is an ASCII letter "A"–"Z" or "a"–"z" (the figures stage's word edges:
 * "12km" is glued to a unit, "12 km" is not).
 *
 * @example isAsciiLetter("k".charCodeAt(0)) // true
 */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Whether a lower-case `word` equals text[start, end) with ASCII capitals folded, without slicing
 * the text: table lookups of a word the scanner is standing on ("Minister" finds "minister").
 *
 * @example sameAsciiLower("minister", "The Minister said", 4, 12) // true
 */
export function sameAsciiLower(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}
