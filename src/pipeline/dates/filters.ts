import type {ParsedResult} from "chrono-node";
import {MONTH_CONTEXT_BEFORE, MONTHS} from "../model/date-cues.ts";
import {hasOwnSpec, interpret} from "./interpret.ts";
import {codeAt} from "./code-at.ts";
import {isRegexSpace} from "./spaces.ts";
import type {Spec} from "./spec.ts";
import {isDigit} from "../util/chars.ts";

const MONTH_CONTEXT = new Set(MONTH_CONTEXT_BEFORE);
const FULL_WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const MONTH_WORD = new RegExp(`\\b(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})\\b\\.?`, "i");
const FULL_MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const HAS_LETTER = /[A-Za-z]/;
/** Tags of chrono parsers whose results we never keep (see `chrono-instance.ts`). */
const DROPPED_TAGS = [
  "parser/ENCasualDateParser", "parser/ENCasualTimeParser", "parser/ENTimeUnitAgoFormatParser",
  "parser/ENTimeUnitLaterFormatParser", "parser/ENTimeUnitWithinFormatParser", "result/relativeDate",
  "parser/ENEndOfCurrentMonthParser"
];
const LEADING_NOISE = /^(?:[\s,(（[]+|(?:on|in|at|during|since|from|until|till|by|of)\s+)+/i;
const TRAILING_NOISE = /[\s,;:)）\]]+$/;

/** A final period that belongs to the sentence, not to an abbreviation like "Sept." or "Oct.". */
const FINAL_PERIOD = /(?:\d|\b[A-Za-z]+)\.$/;
const LEADING_TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*,?\s*/i;
const TRAILING_TIME = /,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;

/**
 * Whether a chrono result is a date mention worth keeping. Precision first:
 * - chrono's casual words, times and reference-relative results are dropped (we parse those ourselves);
 * - numeric dates need a year ("15/11" may be a score, "1.5" a decimal);
 * - a month name must be capitalised ("march" the verb, "may" the modal), and a bare month needs
 *   a date-like word before it ("in March", "a March meeting", "late May"): "Theresa May" is not a date;
 * - a bare weekday must be written in full and capitalised ("The Sun" is a newspaper);
 * - years outside 1900–2100 are not news dates.
 *
 * @example keepResult(result, spec, sentenceText) // false for "May" in "May God bless them"
 */
export function keepResult(result: ParsedResult, spec: Spec, sentence: string, textInSentence: {start: number; text: string}): boolean {
  if (spec.kind !== "calendar") return true;
  // Tags are read only for chrono's own results (copying a result's tags costs a Set or two).
  interpret(result);
  const own = hasOwnSpec(result);
  if (!own) {
    const tags = result.tags();
    for (const t of DROPPED_TAGS) if (tags.has(t)) return false;
  }
  return keepSpec(spec, own, sentence, textInSentence);
}

/**
 * keepResult once the result is known to carry none of the dropped parsers' tags: the rules on
 * the Spec and the text. `own`: the Spec came from our parsers or refiners (a tag).
 *
 * @example keepSpec({kind: "calendar", month: 5}, false, "May God bless them", {start: 0, text: "May"}) // false
 */
export function keepSpec(spec: Spec, own: boolean, sentence: string, textInSentence: {start: number; text: string}): boolean {
  if (spec.kind === "weekend") return isWeekendDate(sentence, textInSentence);
  if (spec.kind !== "calendar") return true;
  if (spec.year !== undefined && (spec.year < 1900 || spec.year > 2100)) return false;
  const text = textInSentence.text;
  if (!HAS_LETTER.test(text)) return spec.year !== undefined && (spec.month !== undefined || own);
  const monthWord = spec.month !== undefined ? MONTH_WORD.exec(text) : null;
  if (monthWord) {
    if (!/^[A-Z]/.test(monthWord[1])) return false;
    if (spec.day === undefined && spec.year === undefined) {
      if (!FULL_MONTH.test(monthWord[1]) && !monthWord[0].endsWith(".")) return false;
      if (spec.modifier === undefined && spec.monthYear === undefined && spec.yearShift === undefined) {
        const prev = previousWord(sentence, textInSentence.start);
        if (!MONTH_CONTEXT.has(prev)) return false;
      }
    }
  }
  if (spec.weekday !== undefined && spec.month === undefined && spec.day === undefined) {
    if (!FULL_WEEKDAY.test(text)) return false;
  }
  return true;
}

/** "weekend" after "over the", "at the", "on the", "during the"… ("over the weekend"), not "a weekend retreat". */
const WEEKEND_LEAD = /\b(?:over|at|on|during|across|throughout|through|until|since)\s+the\s+$/i;
const WEEKEND_MODIFIER = /^(?:last|past|this|next)\b/i;

/**
 * Whether a weekend is a date: "last weekend", "this past weekend", "next weekend" always;
 * a bare "weekend" only after "over the", "at the", "during the"… ("the weekend attack", "a
 * weekend retreat" are not dates).
 */
function isWeekendDate(sentence: string, textInSentence: {start: number; text: string}): boolean {
  if (WEEKEND_MODIFIER.test(textInSentence.text)) return true;
  return WEEKEND_LEAD.test(sentence.slice(Math.max(0, textInSentence.start - 30), textInSentence.start));
}


/** A character of TRAILING_NOISE: `\s` (ASCII and Unicode spaces, the byte-order mark), , ; : ) ） ]. */
function isTrailingNoise(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 41 || c === 0xff09 || c === 93 || isRegexSpace(c);
}

function previousWord(s: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /[\s-]/.test(s[i])) i--;
  const end = i + 1;
  while (i >= 0 && /[A-Za-z]/.test(s[i])) i--;
  return s.slice(i + 1, end).toLowerCase();
}

/**
 * Tightens a chrono match to the date expression itself: drops leading "on"/"in"/commas,
 * trailing commas and a sentence-final period, and a time of day before or after the date
 * ("10:40 GMT 03.02.2025" → "03.02.2025"). Returns offsets relative to the sentence.
 *
 * @example trimMatch("on Monday,", 10) // {start: 13, text: "Monday"}
 */
export function trimMatch(text: string, index: number, keepLead: boolean): {start: number; text: string} {
  let start = index;
  let t = text;
  if (!keepLead) {
    const lead = LEADING_NOISE.exec(t);
    if (lead && lead[0].length < t.length) {
      start += lead[0].length;
      t = t.slice(lead[0].length);
    }
  }
  // Each regex below is tried only when the character it needs is there (a leading digit, a ":",
  // a final comma or space, a final period): most dates have none, and the end-anchored ones are
  // otherwise tried at every character.
  const time = isDigit(codeAt(t, 0)) ? LEADING_TIME.exec(t) : null;
  if (time && time[0].length < t.length && /\d/.test(t.slice(time[0].length))) {
    start += time[0].length;
    t = t.slice(time[0].length);
  }
  if (t.includes(":")) t = t.replace(TRAILING_TIME, "");
  if (isTrailingNoise(codeAt(t, t.length - 1))) t = t.replace(TRAILING_NOISE, "");
  const fp = codeAt(t, t.length - 1) === 46 ? FINAL_PERIOD.exec(t) : null;
  if (fp && !(fp[0].slice(0, -1).toLowerCase() in MONTHS && fp[0].length <= 5)) t = t.slice(0, -1).replace(TRAILING_NOISE, "");
  return {start, text: t};
}
