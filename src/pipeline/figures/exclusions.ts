/**
 * Numbers that are not counts of people: dates, years, times, money, percentages, ordinals, ages,
 * compound modifiers ("42-day", "two-state", "73-year-old"), identifiers ("Resolution 2334") and the
 * pronoun "one" ("one of them"). Returns the reason, or null when the number may be a count.
 */
import {AFTER_WORDS, BEFORE_WORDS, CURRENCY_SYMBOLS, MONTHS} from "../model/figure-exclusions.ts";
import {NOT_COUNT_BEFORE_ONE} from "../model/number-words.ts";
import type {NumberToken} from "./numbers.ts";
import {escapeRegex, phraseSource} from "./regex.ts";

const MONTH_SRC = phraseSource(MONTHS);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_SRC})\\.?[ \\t]*$`, "i");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?[ \\t]*(?:of[ \\t]+)?(?:${MONTH_SRC})\\b`, "i");
const YEAR_CONTEXT_BEFORE = /\b(?:in|since|of|by|until|till|from|before|after|year|early|late|mid|during|around|circa|spring|summer|autumn|fall|winter|the)[ \t]*$/i;
const TIME_AFTER = /^(?::\d|[ \t]*(?:a\.?m\b|p\.?m\b|gmt\b|utc\b|o'clock|hrs\b|h\b|local time))/i;
const TIME_BEFORE = /\d:$/;
const CURRENCY_BEFORE = new RegExp(`[${escapeRegex(CURRENCY_SYMBOLS)}][ \\t]?$|\\b(?:us|a|c|hk|nz)\\$[ \\t]?$|\\b(?:usd|eur|gbp|rub|nis|ils|rs|inr)[ \\t]?$`, "i");
const AFTER = new RegExp(`^[ \\t]?(?:${phraseSource(AFTER_WORDS)})(?![A-Za-z])`, "i");
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const HYPHEN_MODIFIER = /^[-–][A-Za-z]/;
const PLUS_AFTER = /^-plus\b/i;
const AGE_BEFORE = /\b(?:aged|age of|ages of|age|at)[ \t]*$/i;
const NAME_COMMA_BEFORE = /[A-Z][a-z’'.-]+,[ \t]*$/;
const COMMA_AFTER = /^[ \t]*[,)]/;
const PAREN_AGE = /\([ \t]*$/;
const BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${phraseSource(BEFORE_WORDS)})\\.?[ \\t]*#?$`, "i");
const ONE_BEFORE = new RegExp(`\\b(?:${phraseSource(NOT_COUNT_BEFORE_ONE)})[ \\t]+$`, "i");
const ONE_AFTER = /^[ \t]+(?:of|another|day|time|way|thing|side|hand|by one|or (?:the )?other|too|again)\b/i;
const PHONE_BEFORE = /[+#][ \t]?$/;

/**
 * Why the number at `tok` is not a count, or null.
 * `hasHead` (a person/day noun follows) lifts the checks that only apply to bare numbers.
 *
 * @example exclusionReason("on October 7", {start: 11, end: 12, value: 7, kind: "digits"} as NumberToken, 3, false) // "date"
 */
export function exclusionReason(text: string, tok: NumberToken, phraseStart: number, hasHead: boolean): string | null {
  const before = text.slice(Math.max(0, phraseStart - 30), phraseStart);
  const rawBefore = text.slice(Math.max(0, tok.start - 30), tok.start);
  const after = text.slice(tok.end, tok.end + 30);
  if (PLUS_AFTER.test(after)) return null;
  if (HYPHEN_MODIFIER.test(after)) return "modifier";
  if (ORDINAL_AFTER.test(after) && tok.kind === "digits") return "ordinal";
  if (AFTER.test(after)) return "unit";
  if (TIME_AFTER.test(after) || TIME_BEFORE.test(rawBefore)) return "time";
  if (CURRENCY_BEFORE.test(rawBefore)) return "money";
  if (PHONE_BEFORE.test(rawBefore)) return "identifier";
  if (tok.kind === "digits" || tok.kind === "range") {
    if (MONTH_BEFORE.test(rawBefore) || MONTH_AFTER.test(after)) return "date";
    const v = tok.value ?? tok.low ?? 0;
    const raw = text.slice(tok.start, tok.end);
    if (/^\d{4}$/.test(raw) && v >= 1800 && v <= 2100 && (!hasHead || YEAR_CONTEXT_BEFORE.test(before))) return "year";
    if (/^\d{4}s\b/.test(text.slice(tok.start, tok.end + 2))) return "year";
    if (!hasHead && v < 130) {
      if (AGE_BEFORE.test(before)) return "age";
      if (NAME_COMMA_BEFORE.test(before) && COMMA_AFTER.test(after)) return "age";
      if (PAREN_AGE.test(rawBefore) && /^\)/.test(after)) return "age";
    }
  }
  if (!hasHead && BEFORE.test(before)) return "identifier";
  if (tok.kind === "words" && tok.value === 1) {
    if (ONE_BEFORE.test(rawBefore) || ONE_AFTER.test(after)) return "pronoun";
  }
  return null;
}
