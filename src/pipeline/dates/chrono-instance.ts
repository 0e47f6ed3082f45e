import * as chrono from "chrono-node";
import {NEWS_PARSERS} from "./parsers.ts";
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

const cache = new Map<boolean, chrono.Chrono>();

/**
 * The chrono instance for month-first (US, "03.02.2025" = 2 March) or day-first (GB, 3 February)
 * numeric dates, built once and reused: building chrono per call costs more than parsing.
 *
 * @example newsChrono(true).parse("10:40 GMT 03.02.2025", REFERENCE)
 */
export function newsChrono(dayFirst: boolean): chrono.Chrono {
  let c = cache.get(dayFirst);
  if (!c) {
    const config = chrono.en.configuration.createCasualConfiguration(dayFirst);
    config.parsers = [...NEWS_PARSERS, ...config.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name))];
    config.refiners = [...config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name)), ...NEWS_REFINERS];
    c = new chrono.Chrono(config);
    cache.set(dayFirst, c);
  }
  return c;
}

/**
 * A fixed reference for chrono. We never read chrono's implied values (which come from the
 * reference), only the components it is certain of, so any fixed instant works; passing one
 * keeps chrono from reading the system clock.
 */
export const REFERENCE: chrono.ParsingReference = {instant: new Date(Date.UTC(2000, 0, 3, 12)), timezone: 0};
