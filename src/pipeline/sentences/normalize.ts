/**
 * Everything that is not a letter or digit, after lowercasing. A plain (non-Unicode-mode) class is
 * several times faster than `\p{L}`: ASCII letters/digits and the ranges where other scripts' letters
 * live (Latin-1 and beyond up to U+1FFF, then U+2C00 on) are kept; ASCII punctuation and the
 * General Punctuation/symbol block (curly quotes, dashes, ellipsis, U+2000–U+2BFF) are separators.
 */
const NON_WORD = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\uffff]+/g;

/**
 * Lowercase letters and digits separated by single spaces: the key used to compare lines
 * ("Share  this!" → "share this") for boilerplate lists and repeated paragraphs.
 *
 * @example normalizeLine("“Read more:”  Floods") // "read more floods"
 */
export function normalizeLine(text: string): string {
  return text.toLowerCase().replace(NON_WORD, " ").trim();
}
