/**
 * Clause boundaries inside a sentence: semicolons, colons (not "10:40"), dashes with spaces, brackets.
 * Commas are not boundaries: "killing some 1,300 people and abducting another 180" is one clause.
 */
const HARD = /;|:(?!\d)|[ \t][—–-][ \t]|—|[()]/g;

/**
 * Offsets of the hard boundaries of `text`, ascending (bounded to the first 100,000 characters' worth of matches).
 *
 * @example hardBoundaries("a; b") // [1]
 */
export function hardBoundaries(text: string): number[] {
  const out: number[] = [];
  HARD.lastIndex = 0;
  // `test` (no match array): every match is one non-blank character except " - ", which ends in a blank.
  while (out.length < 100_000 && HARD.test(text)) {
    const end = HARD.lastIndex;
    const last = text.charCodeAt(end - 1);
    out.push(last === 32 || last === 9 ? end - 3 : end - 1);
  }
  return out;
}

/**
 * The clause [lo, hi) around the phrase [pos, end), at most `reach` characters each way.
 *
 * @example clauseAround([1], 3, 4, 10, 100) // [2, 10]
 */
export function clauseAround(bounds: number[], pos: number, end: number, length: number, reach: number): [number, number] {
  let lo = Math.max(0, pos - reach);
  let hi = Math.min(length, end + reach);
  // Binary search: the last boundary before pos and the first after.
  let a = 0, b = bounds.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (bounds[mid] < pos) a = mid + 1;
    else b = mid;
  }
  if (a > 0) lo = Math.max(lo, bounds[a - 1] + 1);
  while (a < bounds.length && bounds[a] < end) a++;
  if (a < bounds.length) hi = Math.min(hi, bounds[a]);
  return [lo, hi];
}
