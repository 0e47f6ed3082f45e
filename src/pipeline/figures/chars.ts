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
