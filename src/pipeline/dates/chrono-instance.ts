import * as chrono from "chrono-node";
import {RELATIVE_PARSERS, YEAR_PARSERS} from "./parsers.ts";
import {NEWS_REFINERS} from "./refiners.ts";

/**
 * chrono's parsers we drop: casual words and times ("now", "night" in "all-night", "10:40"),
 * and relative phrases it counts from the reference date (our own parsers handle those with a
 * news past bias). Dropping them also makes chrono about twice as fast. Matched by class name;
 * if a bundler renamed the classes, `filters.ts` still drops their results by tag.
 */
const DROPPED_PARSERS = new Set([
  "ENCasualDateParser", "ENCasualTimeParser", "ENTimeExpressionParser", "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser", "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser", "ENEndOfCurrentMonthParser"
]);

/**
 * chrono refiners we drop: those that count "two weeks after"/"last year" from a date themselves
 * (ours do it in `refiners.ts`); the range merger (we report "from Monday until Wednesday" as two
 * dates); and the "unlikely format" filters, which drop a bare "2023" from our year parser and
 * "May" unless right after "in" — `filters.ts` applies its own, wider rules instead.
 */
const DROPPED_REFINERS = new Set([
  "ENMergeRelativeAfterDateRefiner", "ENMergeRelativeFollowByDateRefiner", "ENEndOfPeriodRefiner",
  "ENMergeDateRangeRefiner", "UnlikelyFormatFilter", "ENUnlikelyFormatFilter"
]);

/**
 * Which kind of text each kept chrono parser needs, so a text without, say, a month name is not
 * scanned by the four month-name parsers. chrono spends its time running every parser's regex
 * over the whole text; skipping the ones that cannot match roughly halves the cost.
 */
const PARSER_NEEDS: Record<string, Need> = {
  ENYearMonthDayParser: "numeric", ISOFormatParser: "numeric", SlashDateFormatParser: "numeric",
  ENSlashMonthFormatParser: "numeric", ENMonthNameLittleEndianParser: "month", ENMonthNameMiddleEndianParser: "month",
  ENMonthNameParser: "month", ENYearMonthNameParser: "month", ENWeekdayParser: "weekday"
};
type Need = "numeric" | "month" | "weekday" | "relative" | "year";
const NEED_BITS: Record<Need, number> = {numeric: 1, month: 2, weekday: 4, relative: 8, year: 16};
const ALL = 31;
/** Cheap tests for each need (case as stage 03 keeps them: capitalised month and weekday names). */
const NEED_TESTS: Array<[number, RegExp]> = [
  [NEED_BITS.numeric, /\d[./-]\d/],
  [NEED_BITS.month, /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/],
  [NEED_BITS.weekday, /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/],
  [NEED_BITS.relative, /\b(?:yesterday|today|tonight|tomorrow|ago|later|earlier|after|before|next|following|previous|preceding|last|this|that|same)\b/i],
  [NEED_BITS.year, /\d{4}/]
];

/** Instances by reading (0 month-first, 1 day-first) and need mask. */
const cache: Array<Array<chrono.Chrono | undefined>> = [[], []];

/**
 * The chrono instance for month-first (US, "03.02.2025" = 2 March) or day-first (GB, 3 February)
 * numeric dates, built once and reused: building chrono per call costs more than parsing.
 * With `text`, an instance holding only the parsers that text can need (also cached).
 *
 * @example newsChrono(true).parse("10:40 GMT 03.02.2025", REFERENCE)
 */
export function newsChrono(dayFirst: boolean, text?: string): chrono.Chrono {
  let mask = ALL;
  if (text !== undefined) {
    mask = 0;
    for (const [bit, test] of NEED_TESTS) if (test.test(text)) mask |= bit;
  }
  let c = cache[dayFirst ? 1 : 0][mask];
  if (!c) {
    const config = chrono.en.configuration.createCasualConfiguration(dayFirst);
    const wanted = (need: Need | undefined) => need === undefined || (mask & NEED_BITS[need]) !== 0;
    const builtIn = config.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name) && wanted(PARSER_NEEDS[p.constructor.name]));
    config.parsers = [
      ...(wanted("relative") ? RELATIVE_PARSERS : []),
      ...(wanted("year") ? YEAR_PARSERS : []),
      ...builtIn
    ];
    config.refiners = [...config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name)), ...NEWS_REFINERS];
    c = new chrono.Chrono(config);
    cache[dayFirst ? 1 : 0][mask] = c;
  }
  return c;
}

/**
 * A fixed reference for chrono. We never read chrono's implied values (which come from the
 * reference), only the components it is certain of, so any fixed instant works; passing one
 * keeps chrono from reading the system clock.
 */
export const REFERENCE: chrono.ParsingReference = {instant: new Date(Date.UTC(2000, 0, 3, 12)), timezone: 0};
