/**
 * The char code at `k`, or -1 past either end of the text. The hand-written gates of stage 03
 * look one character past a date ("Monday EST", "October 7, 2023"), often at the text's end:
 * `charCodeAt` there gives NaN, and optimized code that meets an out-of-range read is thrown away
 * and compiled again (a big function such as lightParse took several compiles in a cold run).
 * Every comparison the gates make is false for -1, as it is for NaN.
 *
 * @example codeAt("May", 3) // -1
 */
export function codeAt(text: string, k: number): number {
  return k >= 0 && k < text.length ? text.charCodeAt(k) : -1;
}
