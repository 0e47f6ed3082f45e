/**
 * The stage 06 fallbacks that date an event noun rather than a verb ("the 2014 crackdown", "her
 * detention in June 2021"): see orphan-dates.ts for the order in which the fallbacks are tried.
 */
import type {DateMention} from "../types.ts";
import {NOUNS_BEFORE_DATE, YEAR_EVENT_NOUNS} from "../model/date-cues.ts";
import {DETERMINERS, NOUN_DATE_PREPOSITIONS, PREPOSITIONS} from "../model/event-fallback.ts";
import type {SentenceFrame} from "./frame.ts";
import {startsLowercase, within} from "./tokens.ts";
import {hasWord, wordSet} from "./word-index.ts";

const EVENT_NOUNS = wordSet(YEAR_EVENT_NOUNS);
const NOUNS_BEFORE = wordSet(NOUNS_BEFORE_DATE);
const NOUN_DATE_PREPOSITION = wordSet(NOUN_DATE_PREPOSITIONS);
/** Words that end the run between a year and the event noun it modifies. */
const NOT_YEAR_MODIFIER = wordSet([...DETERMINERS, ...PREPOSITIONS]);
/** How many words after a year may hold the noun it modifies ("the 2019 presidential election"). */
const YEAR_NOUN_REACH = 3;

/**
 * The event noun a year modifies: "the disputed 2019 presidential election" dates "election", "the
 * 2014 crackdown" dates "crackdown" (not the verb of the clause around it: "a teacher arrested
 * during the crackdown that followed the 2019 election"). The noun is one of the first three
 * lowercase words right after the year (YEAR_EVENT_NOUNS), with no determiner or preposition
 * before it ("in 2018 during the strikes" dates the clause's verb); a noun that is a trigger
 * ("the 2018 agreement") has already claimed its date. Returns the noun's token index, or -1.
 *
 * @example nounAfterYear(frame, tokenAt(frame.tokens, year.start), year) // index of "crackdown"
 */
export function nounAfterYear(frame: SentenceFrame, at: number, d: DateMention): number {
  // "In April 2024 floods across the north forced …", "the March 2019 cyclone": a month with its year modifies the
  // noun as a year does (not a month alone: "in April floods …" is rarer than "in April, floods …").
  if (d.precision !== "year" && !(d.precision === "month" && endsWithYear(d.text))) return -1;
  const {tokens, clauses} = frame;
  let i = at;
  while (i < tokens.length && within(tokens[i], d.start, d.end)) i++;
  for (let n = 0; n < YEAR_NOUN_REACH && i < tokens.length && clauses[i] === clauses[at]; n++, i++) {
    const t = tokens[i];
    if (t.punct || !startsLowercase(t.text) || hasWord(NOT_YEAR_MODIFIER, t.lower, t.key)) return -1;
    if (hasWord(EVENT_NOUNS, t.lower, t.key)) return i;
  }
  return -1;
}

/**
 * The event noun right before the date's preposition, for a clause with no verb to date: "a
 * dockworker since her detention in June 2021" dates "detention" (NOUNS_BEFORE_DATE in
 * model/date-cues.ts). The date's own leading preposition may be inside its text or not.
 * Returns the noun's token index, or -1.
 *
 * @example nounBeforeDate(frame, tokenAt(frame.tokens, date.start)) // index of "detention"
 */
export function nounBeforeDate(frame: SentenceFrame, at: number): number {
  const {tokens, clauses} = frame;
  let i = at - 1;
  if (i >= 0 && hasWord(NOUN_DATE_PREPOSITION, tokens[at].lower, tokens[at].key)) i = at;
  else if (i < 0 || !hasWord(NOUN_DATE_PREPOSITION, tokens[i].lower, tokens[i].key)) return -1;
  const noun = i - 1;
  if (noun < 0 || clauses[noun] !== clauses[at] || tokens[noun].punct || !hasWord(NOUNS_BEFORE, tokens[noun].lower, tokens[noun].key)) return -1;
  return noun;
}

/** Whether a date's text ends in four digits ("April 2024"). */
function endsWithYear(text: string): boolean {
  const n = text.length;
  if (n < 4) return false;
  for (let k = n - 4; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
