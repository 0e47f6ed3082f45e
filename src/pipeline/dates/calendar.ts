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

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day of week, 0 = Sunday. @example weekdayOf(2024, 11, 18) // 1 (Monday) */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** @example addDays({y: 2024, m: 12, d: 30}, 3) // {y: 2025, m: 1, d: 2} */
export function addDays(date: Required<Ymd>, n: number): Required<Ymd> {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
  return {y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate()};
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
