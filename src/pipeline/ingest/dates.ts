/**
 * Publication dates written in the forms news pages print them: "2023-06-08",
 * "June 8, 2023", "8 Jun. 2023", "09:15 GMT 04.03.2023" (numeric: day-first unless
 * the outlet writes month-first; a first number above 12 is always a day).
 * Cheap regexes with bounded repetition only.
 */
import {MONTHS} from "../model/ingest-metadata.ts";

export interface FoundDate {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  index: number;
  length: number;
}

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const YEAR = "((?:19|20)\\d\\d)";
const ISO = new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)(?![\\d])`);
const MONTH_FIRST = new RegExp(`\\b(${MONTH_ALT})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}${YEAR}\\b`, "i");
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(${MONTH_ALT})\\.?,?\\s{1,3}${YEAR}\\b`, "i");
const NUMERIC = new RegExp(`(?<![\\d.\\/-])(\\d{1,2})([./-])(\\d{1,2})\\2${YEAR}(?![\\d])`);
const NUMERIC_ALL = new RegExp(NUMERIC.source, "g");

/**
 * Finds the first date in `s`.
 *
 * @example findDate("09:15 GMT 04.03.2023", true)?.date // "2023-03-04"
 * @example findDate("Jun. 8, 2023", true)?.date // "2023-06-08"
 */
export function findDate(s: string, dayFirst: boolean): FoundDate | null {
  if (!/\d/.test(s)) return null;
  let best: FoundDate | null = null;
  const consider = (m: RegExpExecArray | null, toDate: (m: RegExpExecArray) => string | null) => {
    if (!m || (best && m.index >= best.index)) return;
    const date = toDate(m);
    if (date) best = {date, index: m.index, length: m[0].length};
  };
  consider(ISO.exec(s), (m) => iso(+m[1], +m[2], +m[3]));
  consider(MONTH_FIRST.exec(s), (m) => iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]));
  consider(DAY_FIRST.exec(s), (m) => iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]));
  consider(NUMERIC.exec(s), (m) => {
    const a = +m[1];
    const b = +m[3];
    // 15.03.2024 can only be day-first, 03/15/2024 only month-first; otherwise the outlet decides.
    const df = a > 12 ? true : b > 12 ? false : dayFirst;
    return df ? iso(+m[4], b, a) : iso(+m[4], a, b);
  });
  return best;
}

/**
 * Numeric dates that show an order by themselves: +1 for each day-first one ("15.03.2024"),
 * −1 for each month-first one ("03/15/2024"). Used when the outlet is unknown.
 *
 * @example numericOrderEvidence("on 15/03/2024 and 20/04/2024") // 2
 */
export function numericOrderEvidence(s: string): number {
  let score = 0;
  // One global regex for every call (lastIndex reset), not a new RegExp per line.
  const re = NUMERIC_ALL;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(s)) && n++ < 1000) {
    if (+m[1] > 12 && +m[3] <= 12) score++;
    else if (+m[3] > 12 && +m[1] <= 12) score--;
  }
  return score;
}

/**
 * Whether `s` holds a numeric date ("15.03.2024", "3/15/2024"): without one, every line of it
 * has numericOrderEvidence 0. One scan of a whole text instead of one per line.
 *
 * @example hasNumericDate("Rain fell on 15.03.2024.") // true
 */
export function hasNumericDate(s: string): boolean {
  return NUMERIC.test(s);
}

/**
 * Reads a date value from metadata (manifest cell, front matter, HTML meta): ISO dates or
 * timestamps (date part), `YYYY-MM`, `YYYY`, or any form `findDate` knows. Null when unparseable.
 *
 * @example parseDateValue("2023-06-08T09:30:00Z", true) // "2023-06-08"
 */
export function parseDateValue(v: unknown, dayFirst: boolean): string | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100) return String(v);
  if (typeof v !== "string") return null;
  const s = v.trim();
  let m = /^((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^((?:19|20)\d\d)-(\d\d)$/.exec(s);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? s : null;
  if (/^(?:19|20)\d\d$/.test(s)) return s;
  if (s.length > 80) return null;
  const found = findDate(s, dayFirst);
  // The date must be most of the value ("Thursday, 8 June 2023 09:15"), not a date in a sentence.
  return found && s.replace(/[^A-Za-z]/g, "").length - found.length < 30 ? found.date : null;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1)) return null;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
