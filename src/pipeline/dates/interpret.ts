import type {ParsedResult} from "chrono-node";
import type {Spec} from "./spec.ts";
import {specOfTags} from "./tags.ts";

const LAST_WEEKDAY = /^(?:[,(（]\s*)?(?:on\s+)?(?:last|past)\b|\b(?:of\s+)?(?:last|past)\s+week$/i;
const MONTH_THEN_NUMBER = /^(?:(?:on|in)\s+)?[A-Za-z]{3,9}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?$/;
const NEXT_WEEKDAY = /^(?:[,(（]\s*)?(?:on\s+)?next\b|\b(?:of\s+)?next\s+week$/i;

/**
 * What a chrono result says, as a Spec: the Spec a custom parser attached, or the calendar
 * fields chrono is certain of (never its implied values, which depend on the reference date).
 * Null when it states no calendar field (times, "now", "weekend").
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
  const spec: Spec = {kind: "calendar"};
  if (c.isCertain("year")) spec.year = c.get("year") ?? undefined;
  if (c.isCertain("month")) spec.month = c.get("month") ?? undefined;
  if (c.isCertain("day")) spec.day = c.get("day") ?? undefined;
  if (c.isCertain("weekday")) spec.weekday = c.get("weekday") ?? undefined;
  // A day of the month alone ("the second", "the 15th") is too ambiguous to keep.
  if (spec.year === undefined && spec.month === undefined && spec.weekday === undefined) return null;
  if (/weekend|weekday/i.test(result.text)) return null;
  // chrono's day-first parser reads "January 15" as January 2015; a bare one- or two-digit
  // number after a month name is a day in news copy ("agreed on January 15 to a ceasefire").
  const monthDay = MONTH_THEN_NUMBER.exec(result.text.trim());
  if (monthDay && spec.month !== undefined && spec.day === undefined && Number(monthDay[1]) >= 1 && Number(monthDay[1]) <= 31) {
    spec.day = Number(monthDay[1]);
    delete spec.year;
  }
  if (spec.weekday !== undefined && spec.month === undefined) {
    if (LAST_WEEKDAY.test(result.text.trim())) spec.weekdayDir = "last";
    else if (NEXT_WEEKDAY.test(result.text.trim())) spec.weekdayDir = "next";
  }
  return spec;
}
