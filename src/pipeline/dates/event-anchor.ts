/**
 * "The day after the collapse", "two days before the vote": a day count tied to an event the article
 * told earlier counts from the day it told that event on, not from the last date it read ("The mine
 * collapsed on Saturday. … Rescuers arrived on Monday. A team flew in the day after the collapse" is
 * Sunday, not Tuesday).
 */
import {DAY_COUNT_EVENT_NOUNS, DAY_COUNT_EVENT_WORDS, EVENT_NOUN_DETERMINERS, REPORTING_VERBS} from "../model/date-cues.ts";
import type {Resolved} from "./resolve.ts";
import {isLetterOrDigit} from "../util/chars.ts";

const EVENT_NOUNS: ReadonlySet<string> = new Set(DAY_COUNT_EVENT_NOUNS);
/** " the collapse", " his arrest" right after the count ("the day after"; model EVENT_NOUN_DETERMINERS). */
const NOUN_AFTER = new RegExp(`^\\s+(?:${EVENT_NOUN_DETERMINERS.join("|")})\\s+([a-z]+)\\b`);
/** Fewest letters of the stem two forms of an event word share ("collapse" / "collapsed": "collaps"). */
const STEM_LETTERS = 5;

/** A day the article read before, with where it stands. */
export interface DayRead {
  resolved: Resolved;
  start: number;
  end: number;
}

/**
 * The event noun right after a day count ending at `end` ("the day after| the collapse" → "collapse"), or
 * null when no event noun of DAY_COUNT_EVENT_NOUNS follows.
 *
 * @example eventNounAfter("flew in the day after the collapse.", 21) // "collapse"
 */
export function eventNounAfter(text: string, end: number): string | null {
  const m = NOUN_AFTER.exec(text.slice(end, end + 40));
  return m !== null && EVENT_NOUNS.has(m[1]) ? m[1] : null;
}

/**
 * The latest day (by date) of `days` (read before) whose sentence tells the event `noun` names, by a word
 * sharing its first letters ("collapse" → "collapsed", "the collapse"; "release" → "released") or one of
 * DAY_COUNT_EVENT_WORDS ("freed", "walked out"), or null.
 *
 * @example dayOfEvent(days, text, "collapse") // the day "The mine collapsed on Saturday" resolved to
 */
export function dayOfEvent(days: readonly DayRead[], text: string, noun: string): Resolved | null {
  const words = [noun.slice(0, Math.max(STEM_LETTERS, noun.length - 2)), ...(DAY_COUNT_EVENT_WORDS[noun] ?? [])];
  // The latest such day by date, not by reading order: "the release" is the story's own, not one an
  // analysis recalls ("On 1 February of last year Hamas released …" read after "on Tuesday … were freed").
  let best: Resolved | null = null;
  for (const d of days) {
    if (best !== null && (d.resolved.date as string) <= (best.date as string)) continue;
    // "Officials said on 9 March that the collapse …": the day of a report, not of the event (review 26 F5).
    if (REPORTED_ON.test(text.slice(Math.max(0, d.start - REPORT_REACH), d.start))) continue;
    const near = nearText(text, d.start, d.end).toLowerCase();
    if (words.some((w) => tells(near, w))) best = d.resolved;
  }
  return best;
}

/** Characters before a date read for a verb of reporting ("said on", "told reporters on"). */
const REPORT_REACH = 40;
/** A verb of reporting right before the date, maybe with its listener ("said on", "told reporters on", "announced"). */
const REPORTED_ON = new RegExp(`\\b(?:${REPORTING_VERBS.join("|")})(?:\\s+[a-z]+){0,2}\\s+(?:on\\s+|late\\s+on\\s+|early\\s+on\\s+)?$`, "i");

/**
 * Whether `near` tells the event by word beginning `w`, not as a participle describing a thing: "from a
 * collapsed gold shaft … on Monday" names the shaft, not the day of the collapse ("The collapse happened
 * … on Saturday" does).
 */
function tells(near: string, w: string): boolean {
  for (let at = near.indexOf(w); at >= 0; at = near.indexOf(w, at + 1)) {
    // A whole word's beginning: "riot" is no part of "patriotic", "trial" of "industrial" (review 26 F5).
    if (at > 0 && isLetterOrDigit(near.charCodeAt(at - 1))) continue;
    const word = WORD_AT.exec(near.slice(at))?.[0] ?? w;
    const attributive = word.endsWith("ed") && ARTICLE_BEFORE.test(near.slice(Math.max(0, at - 5), at)) && NOUN_NEXT.test(near.slice(at + word.length));
    if (!attributive) return true;
  }
  return false;
}
/** The word from a position on ("collapsed"). */
const WORD_AT = /^[a-z]+/;
/** "a ", "the " right before a word (model EVENT_NOUN_DETERMINERS holds these and possessives). */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the)\s+$/;
/** A space and a lowercase word after it ("collapsed gold"). */
const NOUN_NEXT = /^\s+[a-z]/;

/** Characters read on each side of a date for its event's word: its clause, about ("were detained on Sunday"). */
const NEAR_CHARS = 70;

/**
 * The text within NEAR_CHARS of [start, end), inside its sentence (cut at ". " and line ends): "The soldiers,
 * who were detained on Sunday" tells the detention's day; "detained" at the far end of a long sentence does
 * not make its Tuesday the arrest's.
 */
function nearText(text: string, start: number, end: number): string {
  // Searched inside the window only: a long line with no sentence end costs no scan of the article (review 26 F10).
  const from = Math.max(0, start - NEAR_CHARS);
  const before = text.slice(from, start);
  const a = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  const after = text.slice(end, Math.min(text.length, end + NEAR_CHARS));
  let z = after.indexOf(". ");
  const nl = after.indexOf("\n");
  if (z < 0 || (nl >= 0 && nl < z)) z = nl;
  return before.slice(a + 1) + text.slice(start, end) + (z < 0 ? after : after.slice(0, z));
}
