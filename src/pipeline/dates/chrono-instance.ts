import * as chrono from "chrono-node";
import {CHRONO_PARSER_PROBES, CHRONO_REFINER_PROBES} from "../model/date-cues.ts";
import {CASUAL_DAY_PARSERS, DAY_OF_MONTH_PARSERS, NEWS_PARSERS, UNIT_PARSERS, YEAR_PARSERS} from "./parsers.ts";
import {NEWS_REFINERS} from "./refiners.ts";

/**
 * A fixed reference for chrono. We never read chrono's implied values (which come from the
 * reference), only the components it is certain of, so any fixed instant works; passing one
 * keeps chrono from reading the system clock.
 */
export const REFERENCE: chrono.ParsingReference = {instant: new Date(Date.UTC(2000, 0, 3, 12)), timezone: 0};

export type Need = "numeric" | "month" | "weekday" | "casual" | "unit" | "year" | "dayOfMonth";
/** One bit per Need in a need mask (see needMask). */
export const NEED_BITS: Record<Need, number> = {numeric: 1, month: 2, weekday: 4, casual: 8, unit: 16, year: 32, dayOfMonth: 64};
const ALL = 127;
/**
 * Cheap tests for each need (case as stage 03 keeps them: capitalised month and weekday names).
 * Each test is true whenever a parser of its group could match: our relative parsers all need
 * a casual day word or a unit word, and most windows around a date ("on Monday, officials
 * said") have neither, so four of the five are skipped there.
 *
 * The word needs share one scan, NEED_WORDS: a capitalised month prefix (`\bJan`, also in
 * "Janet": chrono decides), a weekday or weekend, a casual-day word (yesterday, today, tonight,
 * tomorrow), a unit word (days?, weeks?, months?, years?, a season) or one that is both
 * (morning, afternoon, evening, night: "this afternoon", "the same afternoon"), the last three in any case. Each alternative ends in an empty group
 * that marks which one matched (an empty capture allocates nothing). No word starts two
 * alternatives, so the scan finds an occurrence of each wherever the separate tests would (each
 * match ends inside or at the end of its word, where no other can start); it stops once all four
 * bits are set. One scan instead of three: the window is read once.
 */
const ci = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const NEED_WORDS = new RegExp(
  "\\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)()|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Ww]eekend)\\b()" +
    `|(?:${ci("yesterday|today|tonight|tomorrow")})\\b()|(?:${ci("days?|weeks?|months?|years?|spring|summer|autumn|fall|winter")})\\b()|(?:${ci("morning|afternoon|evening|night")})\\b())`,
  "g"
);
/** The tests that need a digit, run only when the text has one (four windows in ten have none). */
const DIGIT = /\d/;
const DIGIT_NEED_TESTS: Array<[number, RegExp]> = [
  [NEED_BITS.numeric, /\d[./-]\d/],
  [NEED_BITS.year, /\d{4}/],
  [NEED_BITS.dayOfMonth, /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i]
];
const CASUAL_AND_UNIT = NEED_BITS.casual | NEED_BITS.unit;
const WORD_NEEDS = NEED_BITS.month | NEED_BITS.weekday | CASUAL_AND_UNIT;

/** A chrono configuration: what `createCasualConfiguration` returns and `new Chrono` takes. */
type Configuration = {parsers: chrono.Parser[]; refiners: chrono.Refiner[]};

/** chrono's built-in parsers and refiners that stage 03 keeps, for one reading of numeric dates. */
export interface Selection {
  parsers: Array<{parser: chrono.Parser; need: Need}>;
  refiners: chrono.Refiner[];
}

/**
 * Picks chrono's parsers and refiners by behaviour (see `CHRONO_PARSER_PROBES`), not by class
 * name, so a minified bundle selects the same ones. Kept parsers: numeric dates, month names,
 * weekdays. Dropped: casual words and times ("now", "night" in "all-night", "10:40") and phrases
 * chrono counts from the reference date (our parsers handle those with a news past bias);
 * dropping them also makes chrono about twice as fast. Dropped refiners: those that count "two
 * weeks after"/"last year" from a date themselves (ours do it in `refiners.ts`), the range merger
 * (we report "from Monday until Wednesday" as two dates), the end-of-period refiner and the
 * "unlikely format" filters, which drop a bare "2023" from our year parser and "May" unless right
 * after "in" (`filters.ts` applies its own, wider rules instead).
 *
 * @example selectBuiltIns(chrono.en.configuration.createCasualConfiguration(false)).parsers.length // 9
 */
export function selectBuiltIns(config: Configuration): Selection {
  const matches = (parser: chrono.Parser, texts: string[]) => {
    const solo = new chrono.Chrono({parsers: [parser], refiners: []});
    return texts.some((t) => solo.parse(t, REFERENCE).length > 0);
  };
  const parsers: Selection["parsers"] = [];
  for (const parser of config.parsers) {
    if (!mayMatchNeedProbes(parser)) continue;
    if (matches(parser, CHRONO_PARSER_PROBES.drop)) continue;
    const need = (["numeric", "month", "weekday"] as const).find((n) => matches(parser, CHRONO_PARSER_PROBES[n]));
    if (need) parsers.push({parser, need});
  }
  const raw = [...parsers.map((p) => p.parser), ...NEWS_PARSERS, ...PROBE_PARSERS];
  const signature = (refiners: chrono.Refiner[], text: string) =>
    new chrono.Chrono({parsers: raw, refiners}).parse(text, REFERENCE).map((r) => `${r.index}:${r.text}`).join("|");
  const unrefined = CHRONO_REFINER_PROBES.map((text) => signature([], text));
  const refiners = config.refiners.filter((refiner) => CHRONO_REFINER_PROBES.every((text, i) => signature([refiner], text) === unrefined[i]));
  return {parsers, refiners};
}

/** Every need probe in one text, set apart by " | " (a non-word character either side, as at a text's ends). */
const NEED_TEXT = [...CHRONO_PARSER_PROBES.numeric, ...CHRONO_PARSER_PROBES.month, ...CHRONO_PARSER_PROBES.weekday].join(" | ");
/** mayMatchNeedProbes' answer by regex source and flags: the same regex finds the same matches. */
const needProbeMatches = new Map<string, boolean>();

/**
 * False when the parser's regex finds nothing in NEED_TEXT, so it matches no need probe and is
 * not kept. One exec per regex for both readings: V8 compiles a regex to machine code on its
 * second exec, and chrono's relative-unit regexes ("3 days ago", "3 days later") take ~90 ms each
 * to compile, most of the cost of choosing parsers, for parsers stage 03 drops. Parsers whose
 * regex finds something are probed one phrase at a time as before (the selection test pins the
 * outcome for both readings).
 */
function mayMatchNeedProbes(parser: chrono.Parser): boolean {
  const pattern = parser.pattern(new chrono.ParsingContext(NEED_TEXT, REFERENCE));
  const key = `${pattern.flags}/${pattern.source}`;
  let found = needProbeMatches.get(key);
  if (found === undefined) {
    pattern.lastIndex = 0;
    found = pattern.exec(NEED_TEXT) !== null;
    needProbeMatches.set(key, found);
  }
  return found;
}

/** Stand-in results for the refiner probes: a date with a certain time zone, and "+2 days". */
const PROBE_PARSERS: chrono.Parser[] = [
  {pattern: () => /\bPROBE_DATE\b/, extract: () => ({year: 2023, month: 10, day: 7, timezoneOffset: 0})},
  {pattern: () => /\+2 days\b/, extract: () => ({year: 2023, month: 10, day: 9})}
];

const selections: Array<Selection | undefined> = [];

/**
 * The parser groups a text can need (NEED_BITS or-ed): `newsChrono(dayFirst, text)` holds
 * exactly the parsers of these groups.
 *
 * @example needMask("on Monday") === NEED_BITS.weekday // true
 */
export function needMask(text: string): number {
  let mask = 0;
  if (DIGIT.test(text)) for (const [bit, test] of DIGIT_NEED_TESTS) if (test.test(text)) mask |= bit;
  NEED_WORDS.lastIndex = 0;
  for (let m = NEED_WORDS.exec(text); m; m = NEED_WORDS.exec(text)) {
    mask |= m[1] !== undefined ? NEED_BITS.month : m[2] !== undefined ? NEED_BITS.weekday : m[3] !== undefined ? NEED_BITS.casual : m[4] !== undefined ? NEED_BITS.unit : CASUAL_AND_UNIT;
    if ((mask & WORD_NEEDS) === WORD_NEEDS) break;
  }
  return mask;
}

/**
 * chrono's built-in parsers and refiners stage 03 keeps for one reading (built once).
 *
 * @example builtIns(false).parsers.length // 9
 */
export function builtIns(dayFirst: boolean): Selection {
  const reading = dayFirst ? 1 : 0;
  return (selections[reading] ??= selectBuiltIns(chrono.en.configuration.createCasualConfiguration(dayFirst)));
}
/** Instances by reading (0 month-first, 1 day-first) and need mask. */
const cache: Array<Array<chrono.Chrono | undefined>> = [[], []];

/**
 * The chrono instance for month-first (US, "03.02.2025" = 2 March) or day-first (GB, 3 February)
 * numeric dates, built once and reused: building chrono per call costs more than parsing.
 * With `text`, an instance holding only the parsers that text can need (also cached): chrono
 * spends its time running every parser's regex over the whole text, and skipping the ones that
 * cannot match (no month name, say) roughly halves the cost.
 *
 * @example newsChrono(true).parse("10:40 GMT 03.02.2025", REFERENCE)
 */
export function newsChrono(dayFirst: boolean, text?: string): chrono.Chrono {
  return chronoForMask(dayFirst, text === undefined ? ALL : needMask(text));
}

/**
 * The chrono instance holding the parsers of the groups in `mask` (see needMask), cached.
 *
 * @example chronoForMask(false, needMask("on Monday")).parse("on Monday", REFERENCE)
 */
export function chronoForMask(dayFirst: boolean, mask: number): chrono.Chrono {
  const reading = dayFirst ? 1 : 0;
  let c = cache[reading][mask];
  if (!c) {
    const selection = builtIns(dayFirst);
    const wanted = (need: Need) => (mask & NEED_BITS[need]) !== 0;
    c = new chrono.Chrono({
      parsers: [
        ...(wanted("casual") ? CASUAL_DAY_PARSERS : []),
        ...(wanted("unit") ? UNIT_PARSERS : []),
        ...(wanted("year") ? YEAR_PARSERS : []),
        ...(wanted("dayOfMonth") ? DAY_OF_MONTH_PARSERS : []),
        ...selection.parsers.filter((p) => wanted(p.need)).map((p) => p.parser)
      ],
      refiners: [...selection.refiners, ...NEWS_REFINERS]
    });
    cache[reading][mask] = c;
  }
  return c;
}
