/**
 * Clause boundaries inside a sentence: semicolons, colons (not "10:40"), dashes with spaces, brackets (not around
 * an acronym: "the Red Cross (ICRC) on Monday").
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
    // "handed to the Red Cross (ICRC) on Monday together with 14 soldiers": an acronym in brackets is no clause.
    if (last === 40) {
      const close = acronymClose(text, end);
      if (close > 0) {
        HARD.lastIndex = close;
        continue;
      }
    }
    out.push(last === 32 || last === 9 ? end - 3 : end - 1);
  }
  return out;
}

/** Longest acronym read inside brackets ("(ICRC)", "(UNHCR)"). */
const ACRONYM_MAX = 8;

/**
 * Offset after the ")" when the text at `from` (just after "(") is a bracketed acronym of capitals, 2 to
 * ACRONYM_MAX of them ("ICRC)"), else -1.
 */
function acronymClose(text: string, from: number): number {
  let k = from;
  while (k < text.length && k - from <= ACRONYM_MAX) {
    const c = text.charCodeAt(k);
    if (c === 41) return k - from >= 2 ? k + 1 : -1;
    if (c < 65 || c > 90) return -1;
    k++;
  }
  return -1;
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
