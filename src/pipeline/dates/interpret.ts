import type {ParsedResult} from "chrono-node";
import type {Spec} from "./spec.ts";
import {specOfTags} from "./tags.ts";
import {isDigit} from "../util/chars.ts";

const LAST_WEEKDAY = /^(?:[,(（]\s*)?(?:on\s+)?(?:last|past)\b|\b(?:of\s+)?(?:last|past)\s+week$/i;
const MONTH_THEN_NUMBER = /^(?:(?:on|in)\s+)?[A-Za-z]{3,9}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?$/;
/** chrono's month-name parser reads "in March, 40 people died" as March 2040: a two-digit year after a comma is a count. */
export const MONTH_COMMA_COUNT = /^((?:(?:on|in)\s+)?[A-Za-z]{3,9}\.?),\s*\d{1,2}$/;
/**
 * A month and day, then a comma or space and a one- or two-digit number: chrono reads "on May 5,
 * 19 miners were rescued" and "on 4 July, 25 boats sank" as 2019 and 2025, but news copy writes a
 * year after a day in full ("May 5, 2019"), so the number is a count. Group 1 is the date.
 */
export const DAY_THEN_COUNT = /^((?:.*[A-Za-z]\.?\s+\d{1,2}(?:st|nd|rd|th)?|.*\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?)),?\s+\d{1,2}$/;
const NEXT_WEEKDAY = /^(?:[,(（]\s*)?(?:on\s+)?next\b|\b(?:of\s+)?next\s+week$/i;

/**
 * What a chrono result says, as a Spec: the Spec a custom parser attached, or the calendar
 * fields chrono is certain of (never its implied values, which depend on the reference date).
 * Null when it states no calendar field (times, "now", "weekday").
 *
 * @example interpret(chrono.parse("on Oct. 7, 2023")[0]) // {kind: "calendar", year: 2023, month: 10, day: 7}
 */
export function interpret(result: ParsedResult): Spec | null {
  // Refiners and the stage ask about the same result several times; results are immutable once built.
  if (memo.has(result)) return memo.get(result) ?? null;
  const spec = interpretOnce(result);
  memo.set(result, spec);
  return spec;
}

const memo = new WeakMap<ParsedResult, Spec | null>();
const fromOurParsers = new WeakSet<ParsedResult>();

/**
 * Whether a result's Spec came from one of our parsers or refiners (a tag), not from chrono's
 * own calendar fields. Only after `interpret(result)`.
 *
 * @example hasOwnSpec(result) // true for "the next day"
 */
export function hasOwnSpec(result: ParsedResult): boolean {
  return fromOurParsers.has(result);
}

function interpretOnce(result: ParsedResult): Spec | null {
  const tagged = specOfTags(result.tags());
  if (tagged) {
    fromOurParsers.add(result);
    return tagged;
  }
  const c = result.start;
  return calendarSpec(result.text, {
    year: c.isCertain("year") ? c.get("year") ?? undefined : undefined,
    month: c.isCertain("month") ? c.get("month") ?? undefined : undefined,
    day: c.isCertain("day") ? c.get("day") ?? undefined : undefined,
    weekday: c.isCertain("weekday") ? c.get("weekday") ?? undefined : undefined
  });
}

const WEEKEND = /weekend/i;
const LAST_OR_PAST = /\b(?:last|past)\b/i;
const NEXT = /\bnext\b/i;

/**
 * chrono's weekday parser reads "weekend" as some weekday: a weekend alone ("last weekend", "over
 * the weekend") is a weekend Spec; "weekday", or a weekend glued to a date ("weekend, October 7"),
 * is no date.
 */
function weekendSpec(text: string, spec: Spec & {kind: "calendar"}): Spec | null {
  if (!WEEKEND.test(text) || spec.weekday === undefined) return null;
  if (spec.month !== undefined || spec.day !== undefined || spec.year !== undefined) {
    // Glued to the date after it ("weekend, October 7"): the date, without the weekend's weekday.
    if (!/^[\s,(]*(?:on\s+)?(?:(?:this|last|past|next)\s+)?weekend\b/i.test(text)) return null;
    const date: Spec = {...spec};
    delete date.weekday;
    return date;
  }
  if (LAST_OR_PAST.test(text)) return {kind: "weekend", dir: "last"};
  if (NEXT.test(text)) return {kind: "weekend", dir: "next"};
  return {kind: "weekend"};
}

/** The calendar fields chrono is certain of in one result (never its implied values). */
export interface CertainFields {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/**
 * The Spec of a result of chrono's own parsers, from the fields it is certain of and its text.
 * Null when it states no calendar field (times, "now", "weekday"); a weekend is a weekend Spec.
 *
 * @example calendarSpec("on Monday", {weekday: 1}) // {kind: "calendar", weekday: 1}
 */
export function calendarSpec(text: string, fields: CertainFields): Spec | null {
  const spec: Spec = {kind: "calendar"};
  if (fields.year !== undefined) spec.year = fields.year;
  if (fields.month !== undefined) spec.month = fields.month;
  if (fields.day !== undefined) spec.day = fields.day;
  if (fields.weekday !== undefined) spec.weekday = fields.weekday;
  // A day of the month alone ("the second", "the 15th") is too ambiguous to keep.
  if (spec.year === undefined && spec.month === undefined && spec.weekday === undefined) return null;
  if (/weekend|weekday/i.test(text)) return weekendSpec(text, spec);
  // chrono's day-first parser reads "January 15" as January 2015; a bare one- or two-digit
  // number after a month name is a day in news copy ("agreed on January 15 to a ceasefire").
  if (spec.month !== undefined && spec.day === undefined) {
    if (spec.year !== undefined && MONTH_COMMA_COUNT.test(text.trim())) delete spec.year;
    const monthDay = MONTH_THEN_NUMBER.exec(text.trim());
    if (monthDay && Number(monthDay[1]) >= 1 && Number(monthDay[1]) <= 31) {
      spec.day = Number(monthDay[1]);
      delete spec.year;
    }
  }
  if (spec.day !== undefined && spec.year !== undefined && spec.month !== undefined && endsInShortNumber(text)) {
    if (DAY_THEN_COUNT.test(text.trim())) delete spec.year;
  }
  if (spec.weekday !== undefined && spec.month === undefined) {
    const trimmed = text.trim();
    if (LAST_WEEKDAY.test(trimmed)) spec.weekdayDir = "last";
    else if (NEXT_WEEKDAY.test(trimmed)) spec.weekdayDir = "next";
  }
  return spec;
}

/**
 * Whether a text ends in a one- or two-digit number after a comma or space (trailing spaces
 * allowed): the cheap test before DAY_THEN_COUNT, whose leading `.*` would be tried from every
 * character of the text.
 *
 * @example endsInShortNumber("May 5, 19") // true; false for "May 5, 2019" and "5/3/19"
 */
export function endsInShortNumber(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  let digits = 0;
  while (i >= 0 && isDigit(text.charCodeAt(i))) {
    digits++;
    i--;
  }
  const c = text.charCodeAt(i);
  return digits > 0 && digits <= 2 && (c === 32 || c === 44);
}
