/**
 * Calendar arithmetic on plain year/month/day numbers, in UTC only, so results never depend on
 * the machine's time zone (chrono hands back local-time Date objects; we only read its components).
 */

/** A calendar day or a partial one: `{y: 2024}`, `{y: 2024, m: 11}`, `{y: 2024, m: 11, d: 15}`. */
export interface Ymd {
  y: number;
  m?: number;
  d?: number;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (anything after is ignored); null when absent or invalid.
 *
 * @example parsePartialDate("2024-11") // {y: 2024, m: 11}
 */
export function parsePartialDate(s: string | null | undefined): Ymd | null {
  if (typeof s !== "string") return null;
  const m = ISO_PARTIAL.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return {y};
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return {y};
  if (!m[3]) return {y, m: mo};
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return {y, m: mo};
  return {y, m: mo, d};
}

/*
 * Day arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), without Date objects
 * (stage 03 resolves thousands of weekdays). The results are those of `Date.UTC`, including its
 * reading of years 0–99 as 1900–1999; a test compares the two over a wide range.
 */

/** `Date.UTC` reads a year from 0 to 99 as 1900 + year. */
function utcYear(y: number): number {
  return y >= 0 && y <= 99 ? 1900 + y : y;
}

/** @example isLeapYear(2024) // true; isLeapYear(1900) // false */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day number of y-m-d (m 1–12), after H. Hinnant's days_from_civil. */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a day number (H. Hinnant's civil_from_days). */
function fromDayNumber(n: number): Required<Ymd> {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return {y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

/** Month m of year y as `Date.UTC` counts it: m may run past 12 or below 1 into other years. */
function firstOfMonth(y: number, m: number): number {
  const k = utcYear(y) * 12 + (m - 1);
  const year = Math.floor(k / 12);
  return dayNumber(year, k - year * 12 + 1, 1);
}

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(y: number, m: number): number {
  if (m >= 1 && m <= 12) {
    const year = utcYear(y);
    return m === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[m - 1];
  }
  return fromDayNumber(firstOfMonth(y, m + 1) - 1).d;
}

/** Day of week, 0 = Sunday. @example weekdayOf(2024, 11, 18) // 1 (Monday) */
export function weekdayOf(y: number, m: number, d: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((firstOfMonth(y, m) + d - 1 + 4) % 7) + 7) % 7);
}

/** @example addDays({y: 2024, m: 12, d: 30}, 3) // {y: 2025, m: 1, d: 2} */
export function addDays(date: Required<Ymd>, n: number): Required<Ymd> {
  return fromDayNumber(firstOfMonth(date.y, date.m) + date.d + n - 1);
}

/** @example addMonths(2024, 1, -2) // {y: 2023, m: 11} */
export function addMonths(y: number, m: number, n: number): {y: number; m: number} {
  const k = y * 12 + (m - 1) + n;
  return {y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1};
}

/** Whether y-m-d is a real calendar day. @example isValidDay(2023, 2, 29) // false */
export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO text with the given precision. @example formatYmd({y: 2024, m: 3}) // "2024-03" */
export function formatYmd(date: Ymd): string {
  const y = String(date.y).padStart(4, "0");
  if (date.m === undefined) return y;
  const m = String(date.m).padStart(2, "0");
  if (date.d === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(date.d).padStart(2, "0")}`;
}

/** -1, 0 or 1 comparing month-day pairs. @example compareMonthDay(3, 5, 3, 1) // 1 */
export function compareMonthDay(m1: number, d1: number, m2: number, d2: number): number {
  return m1 !== m2 ? Math.sign(m1 - m2) : Math.sign(d1 - d2);
}
