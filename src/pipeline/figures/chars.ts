/**
 * Character codes read with an explicit bounds check. `text.charCodeAt(k)` is NaN past either end, but an
 * optimised function that sees one such read is thrown away and compiled again (a "out of bounds" deopt):
 * stage 05 reads the characters around every number ("0" at offset 0 has none before it), and each first
 * out-of-range read recompiled a large function. Same result as charCodeAt, without the recompilation.
 */

/**
 * `text.charCodeAt(k)`, NaN when `k` is outside the string.
 *
 * @example codeAt("ab", 1) // 98
 */
export function codeAt(text: string, k: number): number {
  return k >= 0 && k < text.length ? text.charCodeAt(k) : NaN;
}

/**
 * The first position at or after `pos` that is not a space or tab: the word after a number
 * ("12  dead" → the "d").
 *
 * @example skipBlanks("12  dead", 2) // 4
 */
export function skipBlanks(text: string, pos: number): number {
  let k = pos;
  while (codeAt(text, k) === 32 || codeAt(text, k) === 9) k++;
  return k;
}

/**
 * The last position before `pos` that is not a space or tab (-1 when none): the end of the word
 * before a number ("between 3" → the "n").
 *
 * @example skipBlanksBack("between 3", 8) // 6
 */
export function skipBlanksBack(text: string, pos: number): number {
  let k = pos - 1;
  while (k >= 0 && (codeAt(text, k) === 32 || codeAt(text, k) === 9)) k--;
  return k;
}

/**
 * A space or a tab: the blanks that may stand between a number and its words ("12\tdead").
 *
 * @example isBlank(9) // true
 */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * True when text[from, to) is only spaces and tabs (`/^[ \t]*$/` without a slice): a count's phrase
 * running straight into the next word ("12 of whom"), or a total right before a list's dash.
 *
 * @example allBlank("40 \t- seven", 2, 4) // true
 */
export function allBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isBlank(codeAt(text, k))) return false;
  return true;
}

/**
 * True when `word` occurs inside text[from, to) (case-sensitive): a literal that a regex over that stretch cannot
 * match without ("taken" in " were taken hostage"), tested before the stretch is sliced and the regex run.
 *
 * @example occursWithin("40 were taken away", "taken", 2, 20) // true
 */
export function occursWithin(text: string, word: string, from: number, to: number): boolean {
  // Bounded by `to`: indexOf from `from` would read the whole rest of the text when the word is not near, and the
  // callers ask once per count (quadratic on a long line of counts). The stretch is a slice (a view, not a copy,
  // past a dozen characters) searched by `includes`, ~3× faster than comparing its characters here one by one.
  const a = Math.max(0, from);
  const b = Math.min(to, text.length);
  return b - a >= word.length && text.slice(a, b).includes(word);
}

/**
 * True when text[from, to) holds the ASCII letter `lower` in either case: "k" for a stretch that must hold
 * "kept" or "Keeping" before a case-insensitive regex over it is worth running.
 *
 * @example hasLetter("the gunmen Kept", 0, 15, "k") // true
 */
export function hasLetter(text: string, from: number, to: number, lower: string): boolean {
  const a = lower.charCodeAt(0), b = a - 32;
  for (let k = Math.max(0, from); k < to && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === a || c === b) return true;
  }
  return false;
}

/**
 * `s.toLowerCase()`, without the call when `s` has no capital and no character past ASCII (`s` itself then: the
 * same text). Most words around numbers are lower case already, and in an article with one curly quote or dash
 * every word cut from it is a two-byte string, whose toLowerCase goes through ICU (~4× the cost of this test).
 *
 * @example lowerCase("people") // "people"
 */
export function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}

/**
 * A capital ASCII letter: how the figure rules tell a name or a country ("Peru released …",
 * "Israeli") from a common noun at the start of a word.
 *
 * @example isUpperCode("P".charCodeAt(0)) // true
 */
export function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}
