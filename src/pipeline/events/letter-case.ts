/**
 * Letter-case tests on token text, as `/^\p{Lu}/u`, `/^\p{Ll}/u` and `/^\p{Ll}+$/u` answer them.
 *
 * Why not those regexes: the rules of stages 06/07 ask them for many tokens, and a Unicode
 * property regex call costs far more than a character compare. An ASCII character is judged
 * here (A–Z upper, a–z lower, anything else neither); text starting with (or, for `allLower`,
 * holding) a non-ASCII character is still left to the regex, so the answers are the same.
 */

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ALL_LOWER = /^\p{Ll}+$/u;

/**
 * Whether the text starts with an uppercase letter.
 *
 * @example startsUpper("Gaza") // true
 */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text);
}

/**
 * Whether the text starts with a lowercase letter.
 *
 * @example startsLower("freed") // true
 */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(text);
}

/**
 * Whether the text is one or more lowercase letters and nothing else.
 *
 * @example allLower("wife") // true
 */
export function allLower(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return ALL_LOWER.test(text);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
