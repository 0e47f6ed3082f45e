const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lowercase letters and digits separated by single spaces: the key used to compare lines
 * ("Share  this!" → "share this") for boilerplate lists and repeated paragraphs.
 *
 * @example normalizeLine("“Read more:”  Floods") // "read more floods"
 */
export function normalizeLine(text: string): string {
  return text.toLowerCase().replace(NON_WORD, " ").trim();
}
