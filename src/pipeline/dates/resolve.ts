import type {DateBasis, DatePrecision} from "../types.ts";
import {addDays, addMonths, compareMonthDay, daysInMonth, formatYmd, isValidDay, weekdayOf, type Ymd} from "./calendar.ts";
import type {Spec, Unit} from "./spec.ts";

/** A resolved date: ISO text at its precision, or nulls when it cannot be resolved. */
export interface Resolved {
  date: string | null;
  precision: DatePrecision | null;
  basis: DateBasis;
}

/** What resolution may consult besides the Spec itself. */
export interface ResolveContext {
  /** Publication date (possibly partial), or null for an undated article. */
  published: Ymd | null;
  /** The previous resolved date in the article, for "the next day". */
  anchor: Resolved | null;
  /** Years of month-days stated with a year in the article (the most recent earlier statement, else the first later one), by monthDayKey (7 October → 2023). */
  explicitYears: Map<number, number>;
  /** The clause before the expression points to the future ("will meet on Thursday"). */
  future: boolean;
  /**
   * For a month-day used as a noun modifier ("the 23 July blaze"): the year of the latest earlier
   * mention of that month with its year ("In July 2018, a fire …"), which names that event.
   */
  namedYear?: number;
}

/**
 * A month-day as one number, the key of `explicitYears` (a number key needs no string built and
 * hashed for each date). Days have at most two digits (the parsers read no more), so keys never collide.
 *
 * @example monthDayKey(10, 7) // 1007
 */
export function monthDayKey(month: number, day: number): number {
  return month * 100 + day;
}

const UNRESOLVED_RELATIVE: Resolved = {date: null, precision: null, basis: "relative"};
const UNRESOLVED_INFERRED: Resolved = {date: null, precision: null, basis: "inferred"};

/**
 * Resolves a Spec to a date with a news past bias.
 * - Full dates are explicit. "January 15" takes the year of the same month-day stated with a
 *   year in the article (the most recent earlier statement, else the first later one); "March" and unmatched
 *   month-days take the latest one not after publication (inferred); with a future
 *   cue ("will vote in March") the first one not before publication. A month-day naming an
 *   event ("the 23 July blaze") takes `namedYear` when the article stated that month with a year.
 * - Weekdays: the latest such day on or before publication ("said on Monday" in a Monday article
 *   is that Monday); "last Friday" strictly before; "next Friday" strictly after; with a future
 *   cue the first one on or after publication ("will vote on Monday" in a Monday article is that day).
 * - "last October" is October of the previous calendar year, "this October" of the current one.
 * - "last week"/"this week" have no week precision: month of the day seven days before / of publication.
 * - "the next day", "two weeks after" count from the previous date in the article (or the date
 *   they are attached to); "the following week" is month precision like "last week".
 * - A weekend is dated by its Saturday: "last weekend" is the one before the latest Sunday before
 *   publication (a Monday article's "last weekend" is two days before); "over the weekend" the
 *   latest one begun on or before publication (with a future cue the next one); "next weekend"
 *   the first Saturday after publication.
 * - Seasons are year precision, a season counted in the year of its last month (winter: of its
 *   January): "last summer" is the latest summer over before the month of publication, "next
 *   spring" the first one begun after it, "this summer" the current year's (a winter from
 *   September on is the coming one), "in the spring" the latest begun by publication (with a
 *   future cue the first not yet over).
 * - "on the 15th" takes the month of the previous date in the article ("The strike began in
 *   March. Talks resumed on the 15th." → 15 March), else the latest 15th on or before
 *   publication (inferred).
 *   Undated articles leave publication-relative expressions unresolved.
 *
 * @example resolveSpec({kind: "calendar", weekday: 1}, {published: {y: 2024, m: 11, d: 15}, anchor: null, explicitYears: new Map(), future: false}) // {date: "2024-11-11", precision: "day", basis: "relative"}
 */
export function resolveSpec(spec: Spec, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  if (spec.kind === "fromPublication") return fromPublication(spec.unit, spec.n, pub);
  if (spec.kind === "fromAnchor") {
    const anchor = spec.anchor ? resolveSpec(spec.anchor, {...ctx, future: false}) : ctx.anchor;
    if (!anchor || !anchor.date || !anchor.precision) return UNRESOLVED_RELATIVE;
    if (spec.month !== undefined && spec.unit === "year") {
      // "in March of that year": the month in the year counted from the anchor's.
      return {date: formatYmd({y: Number(anchor.date.slice(0, 4)) + spec.n, m: spec.month}), precision: "month", basis: "relative"};
    }
    return fromAnchor(anchor, spec.unit, spec.n, spec.vague === true);
  }
  if (spec.kind === "weekend") return weekend(spec.dir, ctx);
  if (spec.kind === "dayOfMonth") return dayOfMonth(spec.day, ctx);
  if (spec.kind === "season") return season(spec, ctx);
  const {year, month, day, weekday} = spec;
  if (year !== undefined && month !== undefined && day !== undefined) {
    return isValidDay(year, month, day) ? {date: formatYmd({y: year, m: month, d: day}), precision: "day", basis: "explicit"} : UNRESOLVED_INFERRED;
  }
  if (year !== undefined && month !== undefined) return {date: formatYmd({y: year, m: month}), precision: "month", basis: "explicit"};
  if (year !== undefined) return {date: formatYmd({y: year}), precision: "year", basis: "explicit"};
  if (month !== undefined && day !== undefined) return monthDay(spec, month, day, ctx);
  if (month !== undefined) return monthOnly(spec, month, ctx);
  if (weekday !== undefined) return weekdayOnly(weekday, spec.weekdayDir, ctx);
  return UNRESOLVED_INFERRED;
}

function fromPublication(unit: Unit, n: number, pub: Ymd | null): Resolved {
  if (!pub) return UNRESOLVED_RELATIVE;
  if (unit === "year") return {date: formatYmd({y: pub.y + n}), precision: "year", basis: "relative"};
  if (pub.m === undefined) return UNRESOLVED_RELATIVE;
  if (unit === "month") return {date: formatYmd(addMonths(pub.y, pub.m, n)), precision: "month", basis: "relative"};
  if (pub.d === undefined) return UNRESOLVED_RELATIVE;
  const today = {y: pub.y, m: pub.m, d: pub.d};
  if (unit === "week") {
    const t = addDays(today, 7 * n);
    return {date: formatYmd({y: t.y, m: t.m}), precision: "month", basis: "relative"};
  }
  return {date: formatYmd(addDays(today, n)), precision: "day", basis: "relative"};
}

function fromAnchor(anchor: Resolved, unit: Unit, n: number, vague: boolean): Resolved {
  // Indexing the split, not destructuring it: array destructuring goes through the iterator
  // protocol, whose map check threw this function's optimized code away in cold runs.
  const parts = (anchor.date as string).split("-");
  const y = Number(parts[0]);
  const m = Number(parts[1]);
  const d = Number(parts[2]);
  if (unit === "year") return {date: formatYmd({y: y + n}), precision: "year", basis: "relative"};
  if (anchor.precision === "year") return {date: anchor.date, precision: "year", basis: "relative"};
  if (unit === "month") return {date: formatYmd(addMonths(y, m, n)), precision: "month", basis: "relative"};
  if (anchor.precision === "month") return {date: anchor.date, precision: "month", basis: "relative"};
  const days = unit === "week" ? 7 * n : n;
  const t = addDays({y, m, d}, days);
  if (vague) return {date: formatYmd({y: t.y, m: t.m}), precision: "month", basis: "relative"};
  return {date: formatYmd(t), precision: "day", basis: "relative"};
}

function monthDay(spec: Spec & {kind: "calendar"}, month: number, day: number, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  if (spec.yearShift !== undefined) return pub ? dayIn(pub.y + spec.yearShift, month, day, "relative") : UNRESOLVED_RELATIVE;
  if (spec.monthYear) return pub ? dayIn(spec.monthYear === "last" ? pub.y - 1 : pub.y, month, day, "relative") : UNRESOLVED_RELATIVE;
  const inherited = ctx.explicitYears.get(monthDayKey(month, day));
  if (inherited !== undefined) return dayIn(inherited, month, day, "inferred");
  if (ctx.namedYear !== undefined) return dayIn(ctx.namedYear, month, day, "inferred");
  if (!pub || pub.m === undefined) return UNRESOLVED_INFERRED;
  const cmp = compareMonthDay(month, day, pub.m, pub.d ?? (ctx.future ? 1 : 31));
  if (ctx.future) return dayIn(cmp >= 0 ? pub.y : pub.y + 1, month, day, "inferred");
  return dayIn(cmp <= 0 ? pub.y : pub.y - 1, month, day, "inferred");
}

/** Day `day` of `month` in year `y`, or unresolved when that day does not exist (30 February). */
function dayIn(y: number, month: number, day: number, basis: DateBasis): Resolved {
  return isValidDay(y, month, day) ? {date: formatYmd({y, m: month, d: day}), precision: "day", basis} : UNRESOLVED_INFERRED;
}

function monthOnly(spec: Spec & {kind: "calendar"}, month: number, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  if (!pub) return spec.monthYear || spec.yearShift !== undefined ? UNRESOLVED_RELATIVE : UNRESOLVED_INFERRED;
  if (spec.yearShift !== undefined) return monthIn(pub.y + spec.yearShift, month, "relative");
  if (spec.monthYear === "last") return monthIn(pub.y - 1, month, "relative");
  if (spec.monthYear === "this") return monthIn(pub.y, month, "relative");
  if (pub.m === undefined) return UNRESOLVED_INFERRED;
  if (ctx.future) return monthIn(month >= pub.m ? pub.y : pub.y + 1, month, "inferred");
  return monthIn(month <= pub.m ? pub.y : pub.y - 1, month, "inferred");
}

function monthIn(y: number, month: number, basis: DateBasis): Resolved {
  return {date: formatYmd({y, m: month}), precision: "month", basis};
}

/** The day of publication, when it is known to the day. */
function publicationDay(pub: Ymd | null): Required<Ymd> | null {
  return pub && pub.m !== undefined && pub.d !== undefined ? {y: pub.y, m: pub.m, d: pub.d} : null;
}

const SATURDAY = 6;

function weekend(dir: "last" | "next" | undefined, ctx: ResolveContext): Resolved {
  const today = publicationDay(ctx.published);
  if (!today) return UNRESOLVED_RELATIVE;
  const w = weekdayOf(today.y, today.m, today.d);
  // Days back to the latest Saturday on or before publication (0 on a Saturday, 1 on a Sunday).
  const back = (w - SATURDAY + 7) % 7;
  let delta: number;
  if (dir === "last") {
    // The Saturday before the latest Sunday strictly before publication.
    const toSunday = w === 0 ? 7 : w;
    delta = -toSunday - 1;
  } else if (dir === "next") {
    delta = 7 - back;
  } else if (ctx.future) {
    // "will meet this weekend": the coming weekend, or the one under way on a Sunday.
    delta = w === 0 ? -1 : (SATURDAY - w + 7) % 7;
  } else {
    delta = -back;
  }
  return {date: formatYmd(addDays(today, delta)), precision: "day", basis: "relative"};
}

function dayOfMonth(day: number, ctx: ResolveContext): Resolved {
  const anchor = ctx.anchor;
  if (anchor && anchor.date && (anchor.precision === "day" || anchor.precision === "month")) {
    const parts = anchor.date.split("-");
    const y = Number(parts[0]);
    const m = Number(parts[1]);
    return dayIn(y, m, day, "inferred");
  }
  if (anchor && anchor.date) return UNRESOLVED_INFERRED;
  const today = publicationDay(ctx.published);
  if (!today) return UNRESOLVED_INFERRED;
  // The latest month (or, with a future cue, the first) whose day `day` is on or before
  // (after) publication and exists: "on the 31st" in a 10 March article is 31 January.
  const step = ctx.future ? 1 : -1;
  let {y, m} = ctx.future ? (day >= today.d ? today : addMonths(today.y, today.m, 1)) : day <= today.d ? today : addMonths(today.y, today.m, -1);
  for (let tries = 0; tries < 3 && day > daysInMonth(y, m); tries++) ({y, m} = addMonths(y, m, step));
  return dayIn(y, m, day, "inferred");
}

function weekdayOnly(weekday: number, dir: "last" | "next" | undefined, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  if (!pub || pub.m === undefined || pub.d === undefined) return UNRESOLVED_RELATIVE;
  const today = {y: pub.y, m: pub.m, d: pub.d};
  const pubWeekday = weekdayOf(today.y, today.m, today.d);
  let delta: number;
  if (dir === "next") {
    delta = ((weekday - pubWeekday + 7) % 7) || 7;
  } else if (ctx.future && dir !== "last") {
    // "will reopen on Tuesday" in a Tuesday article is that day, as "said on Tuesday" is:
    // only "next Tuesday" skips a week.
    delta = (weekday - pubWeekday + 7) % 7;
  } else {
    delta = -((pubWeekday - weekday + 7) % 7);
    if (dir === "last" && delta === 0) delta = -7;
  }
  return {date: formatYmd(addDays(today, delta)), precision: "day", basis: "relative"};
}

/**
 * A season's year (see resolveSpec). Months are counted as year * 12 + month, so a winter begun
 * in December (its year's month 0) compares with the months after it.
 */
function season(spec: Spec & {kind: "season"}, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  if (!pub || pub.m === undefined) return spec.dir ? UNRESOLVED_RELATIVE : UNRESOLVED_INFERRED;
  const now = pub.y * 12 + pub.m;
  const wraps = spec.start > spec.end;
  const startOf = (y: number) => (wraps ? (y - 1) * 12 + spec.start : y * 12 + spec.start);
  const endOf = (y: number) => y * 12 + spec.end;
  let y: number;
  if (spec.dir === "last") y = latest(pub.y + 1, (c) => endOf(c) < now);
  else if (spec.dir === "next") y = earliest(pub.y - 1, (c) => startOf(c) > now);
  else if (spec.dir === "this") y = wraps && pub.m >= 9 ? pub.y + 1 : pub.y;
  else if (ctx.future) y = earliest(pub.y - 1, (c) => endOf(c) >= now);
  else y = latest(pub.y + 1, (c) => startOf(c) <= now);
  return {date: formatYmd({y}), precision: "year", basis: spec.dir ? "relative" : "inferred"};
}

/** The greatest year from `from` down that passes (within three years: some always does). */
function latest(from: number, ok: (y: number) => boolean): number {
  let y = from;
  while (!ok(y) && y > from - 3) y--;
  return y;
}

/** The smallest year from `from` up that passes (within three years: some always does). */
function earliest(from: number, ok: (y: number) => boolean): number {
  let y = from;
  while (!ok(y) && y < from + 3) y++;
  return y;
}
