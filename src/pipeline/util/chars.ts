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
