/**
 * The year of a year-less month-day that a long count of days in the same article points to: a story of a
 * captivity that lasted more than a year gives its length ("freed after 512 days in captivity") and the day it
 * began without its year ("they were seized on March 3"). Read against the publication date, "March 3" alone is
 * the latest March 3 (last year or this one), but the count ending at publication started a year or more before:
 * the day the count began is that month-day in the year the count reaches back to.
 */
import {addDays, formatYmd, isLeapYear, type Ymd} from "./calendar.ts";
import {monthDayKey} from "./resolve.ts";
import type {Spec} from "./spec.ts";

/**
 * "512 days", "1,204 days" (digits only: spelled-out counts of hundreds of days are rare and long). Counts below
 * a year cannot reach back past the latest such month-day, so only 366 and up are read (see yearsFromDayCounts).
 */
const DAY_COUNT = /\b(\d{1,2},\d{3}|\d{3,4})[ \t]+days\b/g;
/** The shortest count that can point to an earlier year than the latest month-day before publication. */
const MIN_DAYS = 366;
/** The longest count read (about ten years): longer ones are spans of history, not of one captivity. */
const MAX_DAYS = 3700;
/**
 * How many days before publication the count may end: the release or the news the count is told with comes a
 * few days before the article ("freed on Sunday after 512 days" in a Tuesday article).
 */
const END_BEFORE_PUBLICATION = 10;

/** What yearsFromDayCounts reads of a date expression: its Spec and whether its clause points to the future. */
interface DatedSpec {
  spec: Spec;
  future: boolean;
}

/**
 * Years for year-less month-days of `found` that a count of days in `text` started: for each month-day with no
 * year, no "last"/"this" and no future cue whose latest occurrence before publication is more than
 * END_BEFORE_PUBLICATION days back (a day of the story itself is never moved), the earlier year in which that
 * month-day plus a count of N days (N from MIN_DAYS to MAX_DAYS, written "N days" anywhere in the text) ends in
 * the days up to publication. Returned by monthDayKey; the caller adds them where the article stated no year
 * of its own.
 *
 * @example yearsFromDayCounts("Freed after 512 days. They were seized on March 3.", {y: 2025, m: 7, d: 30}, [{spec: {kind: "calendar", month: 3, day: 3}, future: false}]).get(303) // 2024
 */
export function yearsFromDayCounts(text: string, pub: Ymd | null, found: readonly DatedSpec[]): Map<number, number> {
  const out = new Map<number, number>();
  if (pub === null || pub.m === undefined || pub.d === undefined || !text.includes("days")) return out;
  const counts = dayCounts(text);
  if (counts.length === 0) return out;
  const today = pub as Required<Ymd>;
  const pubText = formatYmd(today);
  const earliestEnd = formatYmd(addDays(today, -END_BEFORE_PUBLICATION));
  for (const f of found) {
    const s = f.spec;
    if (f.future || s.kind !== "calendar" || s.month === undefined || s.day === undefined) continue;
    if (s.year !== undefined || s.yearShift !== undefined || s.monthYear !== undefined) continue;
    const key = monthDayKey(s.month, s.day);
    if (out.has(key)) continue;
    const latestYear = s.month < today.m || (s.month === today.m && s.day <= today.d) ? today.y : today.y - 1;
    // A day of the story itself ("on March 3" in a March 6 article) keeps its year.
    if (formatYmd({y: latestYear, m: s.month, d: s.day}) >= earliestEnd) continue;
    const year = startYear(s.month, s.day, latestYear, counts, earliestEnd, pubText);
    if (year !== null) out.set(key, year);
  }
  return out;
}

/** The counts of DAY_COUNT in `text` from MIN_DAYS to MAX_DAYS. */
function dayCounts(text: string): number[] {
  const counts: number[] = [];
  DAY_COUNT.lastIndex = 0;
  for (let m = DAY_COUNT.exec(text); m !== null; m = DAY_COUNT.exec(text)) {
    const n = Number(m[1].replace(",", ""));
    if (n >= MIN_DAYS && n <= MAX_DAYS) counts.push(n);
  }
  return counts;
}

/** The year before `latestYear` in which month-day plus one of `counts` days ends between `earliestEnd` and `pubText`, or null. */
function startYear(month: number, day: number, latestYear: number, counts: readonly number[], earliestEnd: string, pubText: string): number | null {
  for (const n of counts) {
    for (let y = latestYear - 1; y >= latestYear - 11; y--) {
      // 29 February in a year without it: no such start.
      if (month === 2 && day === 29 && !isLeapYear(y)) continue;
      const end = formatYmd(addDays({y, m: month, d: day}, n));
      if (end > pubText) continue;
      if (end >= earliestEnd) return y;
      break;
    }
  }
  return null;
}
