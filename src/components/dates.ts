/**
 * Dates in the tables are strings with a precision: "2026-03-15" (day), "2026-03" (month),
 * "2026" (year). Charts need the span each one covers.
 */

export interface DateSpan {
  start: Date;
  /** Exclusive end: the day/month/year after. */
  end: Date;
  precision: "day" | "month" | "year";
}

/**
 * Parses a table date into the UTC span it covers; null for anything else.
 * @example dateSpan("2026-03") // {start: 2026-03-01, end: 2026-04-01, precision: "month"}
 */
export function dateSpan(text: string | null | undefined): DateSpan | null {
  if (!text) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text);
  if (!m) return null;
  const y = +m[1];
  if (m[3]) {
    const start = new Date(Date.UTC(y, +m[2] - 1, +m[3]));
    return isNaN(+start) ? null : {start, end: new Date(Date.UTC(y, +m[2] - 1, +m[3] + 1)), precision: "day"};
  }
  if (m[2]) return {start: new Date(Date.UTC(y, +m[2] - 1, 1)), end: new Date(Date.UTC(y, +m[2], 1)), precision: "month"};
  return {start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)), precision: "year"};
}

/**
 * Parses a date and returns its first day (or null).
 * @example dayOf("2026-03-15") // Date 2026-03-15T00:00Z
 */
export function dayOf(text: string | null | undefined): Date | null {
  return dateSpan(text)?.start ?? null;
}

/**
 * Absolute number of days between two table dates (null if either is missing).
 * @example daysBetween("2026-03-01", "2026-03-15") // 14
 */
export function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  const x = dayOf(a);
  const y = dayOf(b);
  return x && y ? Math.abs(+x - +y) / 864e5 : null;
}
