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

/** After the closing dash: an auxiliary, a copula or a past verb (the count's own predicate). */
const PREDICATE_AFTER_DASH = /^[ \t]*[—–-][ \t]*(?:(?:have|has|had|were|was|are|is|remain|remains|remained|will|would|could|may|might)\b|[a-z]+ed\b)/;
/** How long a dash aside may be (characters between its dashes). */
const DASH_ASIDE_MAX = 80;

/**
 * True when a dash boundary starts at `at` (" - ", " – ", " — " or a bare "—"/"–" as hardBoundaries records them).
 */
function dashAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k);
  return c === 45 || c === 8211 || c === 8212;
}

/**
 * The end of a count's clause `hi` moved past a dash aside right after the count (round 22): "Some 800 families - mostly
 * herders from the plateau - have fled the district" (the verb after the aside is the count's own, as after a
 * comma aside). Only when `hi` is a dash boundary with nothing but blanks between `groupEnd` and it, the next
 * boundary, at most DASH_ASIDE_MAX characters on, is a dash too, and a predicate starts after it (PREDICATE_AFTER_DASH);
 * the clause then ends at the boundary after that, at most `reach` characters after the closing dash. Otherwise `hi`.
 *
 * @example dashAsideHi("40 people - most of them - fled", [9, 23], 9, 9, 80) // 31
 */
export function dashAsideHi(text: string, bounds: number[], groupEnd: number, hi: number, reach: number): number {
  if (hi >= text.length || hi < groupEnd) return hi;
  for (let k = groupEnd; k < hi; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return hi;
  if (!dashAt(text, hi)) return hi;
  let a = 0, b = bounds.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (bounds[mid] <= hi) a = mid + 1;
    else b = mid;
  }
  // bounds[a] is the first boundary after the opening dash: it must close the aside.
  if (a >= bounds.length || bounds[a] - hi > DASH_ASIDE_MAX || !dashAt(text, bounds[a])) return hi;
  const close = bounds[a];
  // The count is the subject and its predicate follows the aside: "… - have been displaced", "… - fled". Not "drew
  // 400 people - organisers had hoped for more - and police killed a man" (a new clause after the aside).
  if (!PREDICATE_AFTER_DASH.test(text.slice(close, close + 24))) return hi;
  const next = a + 1 < bounds.length ? bounds[a + 1] : text.length;
  return Math.min(next, close + reach, text.length);
}
