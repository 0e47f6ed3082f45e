/**
 * Unicode letter classes of one UTF-16 code unit, as the regexes `\p{L}` and `\p{Ll}` say, asked
 * by loops that walk a word back char by char ("his wife, |Ngozi", "Bishop |Kasa"). Why not the
 * regex: a regex call and a one-character string per char walked cost more than the walk; ASCII
 * is answered inline and any other unit once, then from a table (as util/chars.ts isLetterOrDigit).
 */

const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
/** Per code unit beyond ASCII, filled in as met: 0 not yet asked, 1 yes, 2 no. */
const LETTER_KIND = new Uint8Array(0x10000);
const LOWER_KIND = new Uint8Array(0x10000);

/**
 * Whether one code unit on its own is a letter (`\p{L}`): "é" and "Ж" yes, "—" and "3" no; a lone
 * surrogate is none.
 *
 * @example isLetterUnit("é".charCodeAt(0)) // true
 */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let kind = LETTER_KIND[c];
  if (kind === 0) LETTER_KIND[c] = kind = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/**
 * Whether one code unit on its own is a lowercase letter (`\p{Ll}`): "w" and "ß" yes, "W" and "—" no.
 *
 * @example isLowerUnit("w".charCodeAt(0)) // true
 */
export function isLowerUnit(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  let kind = LOWER_KIND[c];
  if (kind === 0) LOWER_KIND[c] = kind = LOWERCASE.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}
