import * as chrono from "chrono-node";
import {MONTHS, WEEKDAYS} from "../model/date-cues.ts";
import {builtIns, chronoForMask, NEED_BITS, REFERENCE, type Need} from "./chrono-instance.ts";
import {calendarSpec, type CertainFields} from "./interpret.ts";
import {OWN_CASUAL_DAY_PARSERS, OWN_DAY_OF_MONTH_PARSERS, OWN_UNIT_PARSERS, OWN_YEAR_PARSERS, type OwnParser} from "./parsers.ts";
import {refineNews, type Results} from "./refiners.ts";
import {codeAt} from "./code-at.ts";
import {skipRegexSpaces} from "./spaces.ts";
import type {Spec} from "./spec.ts";
import {sortSmall} from "../util/sort-small.ts";

/**
 * What `newsChrono(dayFirst, text).parse(text)` returns, without building chrono's result objects.
 *
 * chrono spends most of a parse building components (every result computes implied dates from
 * the reference) and running ten refiners that, on news text, nearly never change anything. For
 * the parsers stage 03 meets most (weekdays, month names, our relative phrases, a year), this
 * file runs the same regexes in the same loop as chrono (`Chrono.executeParser`), reads the same
 * certain fields, and applies chrono's refiners that can change these results (overlap removal,
 * the weekday merge) itself. Whenever one of chrono's other refiners could act (a time zone or a
 * year right after a result), or a parser it does not model would run (ISO and other numeric forms), or a day
 * is written in words, it returns null and the caller asks chrono: the light path never guesses.
 * Each built-in parser is recognised by behaviour and its model checked against chrono on probe
 * phrases at start-up; a parser that fails the check is never modelled. A differential test
 * (test/pipeline/dates/light-chrono.test.ts) compares the two paths on real and generated text.
 */

/** A parse result reduced to what stage 03 reads. */
export interface LightResult {
  index: number;
  text: string;
  /** Calendar fields chrono would be certain of (our parsers' results hold placeholders). */
  fields: CertainFields;
  /** Tagged `result/relativeDate` (our parsers' results): chrono's weekday merge skips them. */
  relative: boolean;
  /** The Spec our parsers or refiners attached, else null (chrono's own result). */
  own: Spec | null;
  /** lightSpec's answer, once asked. */
  spec?: Spec | null;
}

/** The fields our parsers' results carry (see `PLACEHOLDER` in parsers.ts): certain year, month, day. */
const OWN_FIELDS: CertainFields = {year: 2000, month: 1, day: 1};

type Kind = "weekday" | "littleEndian" | "middleEndian" | "yearMonthName" | "monthName" | "slashDate" | "otherNumeric";

/** A parser as the light path runs it: its regex and what a match becomes (null: chrono's null). */
interface LightParser {
  pattern: RegExp;
  /** Whether the regex starts with chrono's `(\W|^)` boundary group, which extract strips first. */
  boundary: boolean;
  /** A text this rejects cannot match `pattern` either (its regex is then not run). */
  needs?: {test(text: string): boolean};
  extract(text: string, match: RegExpExecArray): LightResult | null;
}

/** Thrown by an extract that meets something it does not model: the whole parse goes to chrono. */
const DECLINE = new Error("light-chrono: not modelled");

/** chrono's `parseYear`: "2023", "23" (→ 2023, "67" → 1967), "543 BE", "44 BC", "2023 AD". */
function parseYear(match: string): number {
  if (/BE/i.test(match)) return parseInt(match.replace(/BE/i, "")) - 543;
  if (/BCE?/i.test(match)) return -parseInt(match.replace(/BCE?/i, ""));
  if (/(AD|CE)/i.test(match)) return parseInt(match.replace(/(AD|CE)/i, ""));
  const n = parseInt(match);
  return n < 100 ? (n > 50 ? n + 1900 : n + 2000) : n;
}

/** chrono's `parseOrdinalNumberPattern` for digits ("7", "7th"); a day in words is not modelled. */
function parseDay(match: string): number {
  if (!/^\d+(?:st|nd|rd|th)?$/i.test(match)) throw DECLINE;
  return parseInt(match);
}

function monthOf(word: string): number {
  const lower = word.toLowerCase();
  const m = MONTHS[lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower];
  if (m === undefined) throw DECLINE;
  return m;
}

const FULL_MONTH_NAMES = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/** Models of chrono's built-in parsers (after the boundary group is stripped, groups shift down by one). */
function extractor(kind: Kind, skipYearLikeDate: boolean, slashMonthFirst: boolean): LightParser["extract"] {
  switch (kind) {
    case "weekday":
      return (_text, m) => {
        const word = m[2].toLowerCase();
        // "weekend"/"weekday" get some weekday from chrono; its value is never read (their Spec is null).
        const weekday = word === "weekend" || word === "weekday" ? 6 : WEEKDAYS[word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word];
        if (weekday === undefined) throw DECLINE;
        return {index: m.index, text: m[0], fields: {weekday}, relative: false, own: null};
      };
    case "littleEndian":
      return (_text, m) => {
        const month = monthOf(m[3]);
        const day = parseDay(m[1]);
        if (day > 31) {
          m.index = m.index + m[1].length;
          return null;
        }
        if (m[2]) parseDay(m[2]);
        const fields: CertainFields = {month, day};
        if (m[4]) fields.year = parseYear(m[4]);
        return {index: m.index, text: m[0], fields, relative: false, own: null};
      };
    case "middleEndian":
      return (_text, m) => {
        const month = monthOf(m[1]);
        const day = parseDay(m[2]);
        if (day > 31) return null;
        if (skipYearLikeDate && !m[3] && !m[4] && /^\d{2}$/.test(m[2])) return null;
        if (m[3]) parseDay(m[3]);
        const fields: CertainFields = {day, month};
        if (m[4]) fields.year = parseYear(m[4]);
        return {index: m.index, text: m[0], fields, relative: false, own: null};
      };
    case "yearMonthName":
      return (_text, m) => ({index: m.index, text: m[0], fields: {year: parseYear(m[1]), month: monthOf(m[2])}, relative: false, own: null});
    case "slashDate":
      // chrono's SlashDateFormatParser: nothing for a decimal ("1.5"), a number glued to more
      // digits, "3-1" without a year or a day or month out of range ("21.35.2023"); else the day
      // and month as written (a month above 12 swapped with a day up to 12) and the year if any.
      return (text, m) => {
        const index = m.index + m[1].length;
        const indexEnd = m.index + m[0].length - m[5].length;
        if (index > 0 && /\d\/?$/.test(text.substring(0, index))) return null;
        if (indexEnd < text.length && /^\/?\d/.test(text.substring(indexEnd))) return null;
        const written = text.substring(index, indexEnd);
        if (/^\d\.\d$/.test(written) || /^\d\.\d{1,2}\.\d{1,2}\s*$/.test(written)) return null;
        if (!m[4] && written.indexOf("/") < 0) return null;
        let month = parseInt(slashMonthFirst ? m[2] : m[3]);
        let day = parseInt(slashMonthFirst ? m[3] : m[2]);
        if (month > 12) {
          if (day < 1 || day > 12 || month > 31) return null;
          [day, month] = [month, day];
        }
        if (day < 1 || day > 31) return null;
        const fields: CertainFields = {day, month};
        if (m[4]) fields.year = parseYear(m[4]);
        return {index, text: written, fields, relative: false, own: null};
      };
    case "otherNumeric":
      return () => {
        throw DECLINE;
      };
    case "monthName":
      return (text, m) => {
        const monthName = m[2].toLowerCase();
        if (m[0].length <= 3 && !FULL_MONTH_NAMES.has(monthName)) return null;
        const index = m.index + (m[1] || "").length;
        const fields: CertainFields = {month: monthOf(monthName)};
        if (m[3]) fields.year = parseYear(m[3]);
        return {index, text: text.substring(index, m.index + m[0].length), fields, relative: false, own: null};
      };
  }
}

function ownParser(parser: OwnParser): LightParser {
  return {
    pattern: parser.pattern,
    boundary: false,
    needs: parser.needs,
    extract(text, match) {
      const found = parser.extract(text, match);
      return found && {index: found.index, text: found.text, fields: OWN_FIELDS, relative: true, own: found.spec};
    }
  };
}

/**
 * Our parsers by need bit, in chrono's order (casual days, units, years, days of the month). One
 * loop runs them all, so its single call site has type feedback even when a group (days of the
 * month) has not run yet: a call site without feedback throws lightParse's optimized code away.
 */
const OWN_GROUPS: Array<{bit: number; parsers: LightParser[]}> = [
  {bit: NEED_BITS.casual, parsers: OWN_CASUAL_DAY_PARSERS.map(ownParser)},
  {bit: NEED_BITS.unit, parsers: OWN_UNIT_PARSERS.map(ownParser)},
  {bit: NEED_BITS.year, parsers: OWN_YEAR_PARSERS.map(ownParser)},
  {bit: NEED_BITS.dayOfMonth, parsers: OWN_DAY_OF_MONTH_PARSERS.map(ownParser)}
];

/** A day of the month in chrono's ORDINAL_NUMBER_PATTERN: digits, or a word ending like "seventh", "twentieth". */
const DIGIT = /\d/;
const ORDINAL_WORD_HINT = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
const ORDINAL_HINT = {test: (text: string) => DIGIT.test(text) || ORDINAL_WORD_HINT.test(text)};
/** What each modelled parser's regex cannot match without ("7 October" needs a day). */
const NEEDS: Partial<Record<Kind, {test(text: string): boolean}>> = {littleEndian: ORDINAL_HINT, middleEndian: ORDINAL_HINT};

/** chrono's word-boundary group, which opens the patterns of AbstractParserWithWordBoundaryChecking. */
const BOUNDARY_GROUP = "(\\W|^)";

/**
 * What the year-then-month parser ("2023 October", "2023, Oct.") needs: its own regex without the
 * boundary group, which matches wherever the whole one does. It opens with a digit, so the regex
 * engine skips to the digits of a window instead of trying the boundary group at every character
 * (the whole regex, tried on every window with a month name and a digit, cost as much as any other
 * parser; a year right before a month name is rare).
 */
function yearMonthNeeds(pattern: RegExp, boundary: boolean): {test(text: string): boolean} {
  return boundary ? new RegExp(pattern.source.slice(BOUNDARY_GROUP.length), pattern.flags.replace(/[gy]/g, "")) : /[1-9]/;
}

/**
 * chrono's `Chrono.executeParser`: exec on the rest of the text after each match (or one character on).
 * `needs` is asked of the rest too before the regex runs there: after "in 2023" or "last week" the
 * rest of a window seldom holds another year or such phrase, and the parser's regex, tried at every
 * word of it, costs several times the needs test (a rest `needs` refuses cannot match, so the
 * results are the same). On the bench corpus it spares a fifth of the text the year and
 * "last week" regexes read.
 */
function execute(parser: LightParser, text: string, out: LightResult[]): void {
  const needs = parser.needs;
  if (needs && !needs.test(text)) return;
  let offset = 0;
  let match = parser.pattern.exec(text);
  while (match) {
    match.index += offset;
    if (parser.boundary) {
      // AbstractParserWithWordBoundaryChecking.extract: drop the boundary group.
      const header = match[1] ?? "";
      match.index += header.length;
      match[0] = match[0].substring(header.length);
      for (let i = 2; i < match.length; i++) match[i - 1] = match[i];
    }
    const result = parser.extract(text, match);
    offset = result ? result.index + result.text.length : match.index + 1;
    if (result) out.push(result);
    const rest = text.substring(offset);
    match = needs && !needs.test(rest) ? null : parser.pattern.exec(rest);
  }
}

/** Classifies chrono's month and weekday parsers by what they match alone (class names do not survive minification). */
function kindOf(parser: chrono.Parser, need: Need): Kind | null {
  const solo = new chrono.Chrono({parsers: [parser], refiners: []});
  const text = (s: string) => solo.parse(s, REFERENCE).map((r) => r.text).join("|");
  if (need === "weekday") return text("on Monday") === "on Monday" ? "weekday" : null;
  if (need === "numeric") return text("10/07/2023") === "10/07/2023" ? "slashDate" : "otherNumeric";
  if (need !== "month") return null;
  if (text("7 October") === "7 October") return "littleEndian";
  if (text("October 7") === "October 7") return "middleEndian";
  if (text("2023 October") === "2023 October") return "yearMonthName";
  if (text("in October") === "October") return "monthName";
  return null;
}

/**
 * Phrases on which each modelled parser must give what chrono gives (index, text, certain fields);
 * a model that differs on any of them is not used.
 */
const PROBES = [
  "on Monday", "last Friday, officials said", "(Tuesday)", "Sunday next week", "this Wed. and Thurs.", "the weekend", "Sun",
  "7 October 2023", "7-9 October", "on 7th of October", "32 October", "7 Oct. 23", "October 7, 2023", "Oct. 7", "Sept. 11",
  "October 15 talks", "October 7-9", "October 40", "May 2024", "in October 2023", "in Oct", "Oct", "may", "in March of 2023",
  "2023 October", "2023, Oct.", "Monday, October 7", "the 7 October attack", "late November", "October 7 2023",
  "rose 1.5 percent", "a 3-1 win", "10-15 people", "the 2023-24 season", "9/11", "at 10.30", "1.2.3", "12/2023", "2023-10-07",
  "03.02.2025", "15/11", "7.10.23", "v1.2.10 ", "10/07/2023", "2023/10/07", "page 4-5"
];

/** Certain fields in a fixed order, for comparing a model's result with chrono's. */
function shownFields(certain: (c: keyof CertainFields) => number | undefined): string {
  return (["year", "month", "day", "weekday"] as const).map((c) => `${c}=${certain(c) ?? ""}`).join(",");
}

function agrees(parser: chrono.Parser, light: LightParser): boolean {
  const solo = new chrono.Chrono({parsers: [parser], refiners: []});
  for (const probe of PROBES) {
    const want = solo.parse(probe, REFERENCE).map((r) => JSON.stringify([r.index, r.text, shownFields((c) => (r.start.isCertain(c) ? r.start.get(c) ?? undefined : undefined))])).join("|");
    const got: LightResult[] = [];
    try {
      execute(light, probe, got);
    } catch {
      continue;
    }
    // Weekday values of "weekend" are not modelled (never read); compare the rest.
    const shown = got.map((r) => JSON.stringify([r.index, r.text, shownFields((c) => r.fields[c])]));
    if (/weekend|weekday/i.test(probe)) continue;
    if (shown.join("|") !== want) return false;
  }
  return true;
}

interface Plan {
  /**
   * Built-in parsers in chrono's order, each with its need's bit (NEED_BITS[need], read once
   * here rather than looked up by name for every parser of every window); null entries are not
   * modelled.
   */
  builtIns: Array<{bit: number; light: LightParser | null}>;
}

/** Plans by reading (0 month-first, 1 day-first), both built at the first parse. */
let plans: Plan[] | undefined;

/**
 * The plan for a reading. Both are built at once: a branch first taken after lightParse has been
 * optimized (the first day-first article) has no type feedback and throws that code away.
 */
function planFor(dayFirst: boolean): Plan {
  plans ??= [buildPlan(false), buildPlan(true)];
  return plans[dayFirst ? 1 : 0];
}

function buildPlan(dayFirst: boolean): Plan {
  const selection = builtIns(dayFirst);
  const middle = selection.parsers.find((p) => kindOf(p.parser, p.need) === "middleEndian");
  // chrono's day-first middle-endian parser skips "October 15" (a year-like day); ask it which it is.
  const skipYearLike = middle ? new chrono.Chrono({parsers: [middle.parser], refiners: []}).parse("October 15", REFERENCE).length === 0 : false;
  // chrono's slash-date parser reads "10/07/2023" as 7 October (month first) or 10 July.
  const slash = selection.parsers.find((p) => kindOf(p.parser, p.need) === "slashDate");
  const slashMonthFirst = slash ? new chrono.Chrono({parsers: [slash.parser], refiners: []}).parse("10/07/2023", REFERENCE)[0]?.start.get("month") === 10 : true;
  return {
    builtIns: selection.parsers.map(({parser, need}) => {
      const kind = kindOf(parser, need);
      const bit = NEED_BITS[need];
      if (!kind) return {bit, light: null};
      const pattern = parser.pattern(new chrono.ParsingContext("", REFERENCE));
      // Parsers built on AbstractParserWithWordBoundaryChecking open with its "(\W|^)" group.
      const boundary = typeof (parser as {innerPattern?: unknown}).innerPattern === "function" && pattern.source.startsWith(BOUNDARY_GROUP);
      const needs = kind === "yearMonthName" ? yearMonthNeeds(pattern, boundary) : NEEDS[kind];
      const light: LightParser = {pattern, boundary, needs, extract: extractor(kind, skipYearLike, slashMonthFirst)};
      return {bit, light: agrees(parser, light) ? light : null};
    })
  };
}

/*
 * What chrono's suffix refiners look for right after a result, as sticky regexes run from the
 * result's end (the same as chrono's "^" on the rest of the text, without copying it). Each is
 * tried only when the first character after the spaces can start it: most dates are followed
 * by a lowercase word, a comma or a period.
 */
const TIMEZONE_OFFSET_AFTER = /\s*(?:\(?(?:GMT|UTC)\s?)?([+-])(\d{1,2})(?::?(\d{2}))?\)?/iy;
/** A capitalised 2–4 letter word right after a result: chrono may read it as a time zone ("Monday EST"). */
const TIMEZONE_ABBR_AFTER = /\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/y;
const BETWEEN_WEEKDAY_AND_DATE = /^,?\s*$/;

/** chrono's OverlapRemovalRefiner (the same list back when no two results overlap, the usual case). */
function removeOverlaps(results: LightResult[]): LightResult[] {
  if (results.length < 2 || !anyOverlap(results)) return results;
  const out: LightResult[] = [];
  let prev = results[0];
  for (let i = 1; i < results.length; i++) {
    const r = results[i];
    if (r.index >= prev.index + prev.text.length) {
      out.push(prev);
      prev = r;
      continue;
    }
    if (r.text.length > prev.text.length) prev = r;
  }
  out.push(prev);
  return out;
}

/** Whether a result starts before the one before it ends (results sorted by index). */
function anyOverlap(results: LightResult[]): boolean {
  for (let i = 1; i < results.length; i++) if (results[i].index < results[i - 1].index + results[i - 1].text.length) return true;
  return false;
}

/**
 * chrono.parse's stable sort by index, in place (util/sort-small.ts: by insertion, as a window holds a
 * handful of results, mostly in order already; Array.prototype.sort copied them and called a comparator).
 */
function sortByIndex(results: LightResult[]): void {
  sortSmall(results, byIndex);
}

const byIndex = (a: LightResult, b: LightResult): number => a.index - b.index;

/** chrono's MergeWeekdayComponentRefiner: "Monday, October 7" is one result. */
function mergeWeekdays(text: string, results: LightResult[]): LightResult[] {
  if (results.length < 2 || !anyWeekdayBeforeDay(results)) return results;
  const out: LightResult[] = [];
  let cur = results[0];
  for (let i = 1; i < results.length; i++) {
    const next = results[i];
    const onlyWeekday = cur.fields.weekday !== undefined && cur.fields.day === undefined && cur.fields.month === undefined;
    const between = onlyWeekday && next.fields.day !== undefined && !next.relative ? text.substring(cur.index + cur.text.length, next.index) : null;
    if (between !== null && BETWEEN_WEEKDAY_AND_DATE.test(between)) {
      cur = {index: cur.index, text: cur.text + between + next.text, fields: {...next.fields, weekday: cur.fields.weekday}, relative: next.relative, own: next.own};
    } else {
      out.push(cur);
      cur = next;
    }
  }
  out.push(cur);
  return out;
}

/**
 * Whether mergeWeekdays has anything to merge: a weekday alone followed by a result with a day
 * of chrono's own. Merging never makes a weekday alone, so the pairs of the input are all it can meet.
 */
function anyWeekdayBeforeDay(results: LightResult[]): boolean {
  for (let i = 1; i < results.length; i++) {
    const cur = results[i - 1].fields;
    const next = results[i];
    if (cur.weekday !== undefined && cur.day === undefined && cur.month === undefined && next.fields.day !== undefined && !next.relative) return true;
  }
  return false;
}

/**
 * Whether chrono's time-zone refiner reads a capitalised word after a date as a zone ("EST",
 * "IDT": yes; "UN", "AP": no). Asked of chrono once per word ("Monday EST" grows to the zone).
 */
function isTimezone(word: string): boolean {
  let known = timezones.get(word);
  if (known === undefined) {
    const results = chronoForMask(false, NEED_BITS.weekday).parse(`Monday ${word}`, REFERENCE);
    known = results.length === 0 || results[0].text !== "Monday";
    if (timezones.size >= 4096) timezones.clear();
    timezones.set(word, known);
  }
  return known;
}

const timezones = new Map<string, boolean>();

/** Whether chrono's ExtractTimezoneAbbrRefiner could extend a result (a zone written in capitals right after it). */
function anyTimezoneAfter(text: string, results: LightResult[]): boolean {
  for (const r of results) {
    const end = r.index + r.text.length;
    // `\s*,?\s*\(?` then a capital letter.
    let k = skipRegexSpaces(text, end);
    if (codeAt(text, k) === 44) k = skipRegexSpaces(text, k + 1);
    if (codeAt(text, k) === 40) k++;
    const c = codeAt(text, k);
    if (!(c >= 65 && c <= 90)) continue;
    TIMEZONE_ABBR_AFTER.lastIndex = end;
    const m = TIMEZONE_ABBR_AFTER.exec(text);
    if (m && isTimezone(m[1])) return true;
  }
  return false;
}

/** Whether chrono's ExtractTimezoneOffsetRefiner could extend a result ("Monday +0300", "Monday (GMT-3)"). */
function anyOffsetAfter(text: string, results: LightResult[]): boolean {
  for (const r of results) {
    const end = r.index + r.text.length;
    // `\s*` then "(", "GMT", "UTC" (any case), "+" or "-".
    const c = codeAt(text, skipRegexSpaces(text, end));
    if (c !== 40 && c !== 43 && c !== 45 && (c | 32) !== 103 && (c | 32) !== 117) continue;
    TIMEZONE_OFFSET_AFTER.lastIndex = end;
    if (TIMEZONE_OFFSET_AFTER.test(text)) return true;
  }
  return false;
}

/** Whether chrono's ENExtractYearSuffixRefiner could act: a month without a certain year, then spaces and a digit. */
function anyMonthBeforeDigit(text: string, results: LightResult[]): boolean {
  for (const r of results) {
    if (r.fields.month === undefined || r.fields.year !== undefined) continue;
    const c = codeAt(text, skipRegexSpaces(text, r.index + r.text.length));
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The Spec stage 03 reads from a result: its own, or chrono's certain fields read as `interpret` reads them.
 *
 * @example lightSpec({index: 0, text: "on Monday", fields: {weekday: 1}, relative: false, own: null}) // {kind: "calendar", weekday: 1}
 */
export function lightSpec(r: LightResult): Spec | null {
  if (r.own) return r.own;
  if (r.spec === undefined) r.spec = calendarSpec(r.text, r.fields);
  return r.spec;
}

const LIGHT_OPS: Results<LightResult> = {
  index: (r) => r.index,
  text: (r) => r.text,
  spec: lightSpec,
  rebuild: (from, index, end, spec, text) => ({index, text: text.slice(index, end), fields: from.fields, relative: from.relative, own: spec})
};

/**
 * The results `newsChrono(dayFirst, text).parse(text, REFERENCE)` would give for a text whose
 * need mask is `mask` (see `needMask`), or null when that is not certain without chrono.
 *
 * @example lightParse("Rivers rose on Monday.", false, NEED_BITS.weekday)?.[0].text // "on Monday"
 */
export function lightParse(text: string, dayFirst: boolean, mask: number): LightResult[] | null {
  const plan = planFor(dayFirst);
  let results: LightResult[] = [];
  try {
    for (const group of OWN_GROUPS) if (mask & group.bit) for (const p of group.parsers) execute(p, text, results);
    for (const {bit, light} of plan.builtIns) {
      if (!(mask & bit)) continue;
      if (!light) return null;
      execute(light, text, results);
    }
  } catch (error) {
    if (error === DECLINE) return null;
    throw error;
  }
  if (results.length === 0) return results;
  // chrono.parse: a stable sort by index, then the refiners stage 03 keeps, in order.
  if (results.length > 1) sortByIndex(results);
  results = removeOverlaps(removeOverlaps(results));
  if (anyOffsetAfter(text, results)) return null;
  results = mergeWeekdays(text, results);
  // ENMergeDateTimeRefiner needs a time-only result: none here (each has a certain date field).
  if (anyTimezoneAfter(text, results)) return null;
  results = removeOverlaps(results);
  // ENExtractYearSuffixRefiner: a month without a certain year followed by digits.
  if (anyMonthBeforeDigit(text, results)) return null;
  return refineNews(text, results, LIGHT_OPS);
}
