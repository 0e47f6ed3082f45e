/**
 * The stage 06 fallback for a dated clause with only a plan in it ("the ferry will sail on
 * Friday"): see orphan-dates.ts for the order in which the fallbacks are tried.
 */
import type {DateMention} from "../types.ts";
import {FALLBACK_AFTER, FALLBACK_BEFORE, NOT_PLANNED_VERB, PLAN_ADVERBS, PLAN_AFTER_BE, PLAN_BE_FORMS, PLAN_BEFORE_TO} from "../model/event-fallback.ts";
import type {SentenceFrame} from "./frame.ts";
import {startsLowercase, within, type Token} from "./tokens.ts";
import {hasWord, wordSet} from "./word-index.ts";

const PLAN_WORDS = wordSet(PLAN_BEFORE_TO);
const NOT_PLANNED = wordSet(NOT_PLANNED_VERB);
const PLAN_ADVERB = wordSet(PLAN_ADVERBS);
const AFTER_BE = wordSet(PLAN_AFTER_BE);
const BE_FORMS = wordSet(PLAN_BE_FORMS);

const BEFORE = FALLBACK_BEFORE;
const AFTER = FALLBACK_AFTER;

/**
 * Whether the resolved date is not before `published` at its own precision ("2025-10" counts for 2025-10-15).
 *
 * @example isFuture({...date, date: "2025-10-13"}, "2025-10-15") // false
 */
export function isFuture(d: DateMention, published: string): boolean {
  return d.date !== null && d.date >= published.slice(0, d.date.length);
}

/**
 * The verb of a plan next to a date whose clause has no past-tense or reporting verb: "He plans
 * to return to the clinic in early June" dates "return", "the ferry will sail on Friday" dates
 * "sail", "next week the pop-up clinic will move north" dates "move" (modality planned, from the cue
 * before it). The caller asks only for dates not before publication (see `isFuture`). The verb
 * follows "will" or a plan word and "to" (PLAN_BEFORE_TO), in the date's clause, at most BEFORE
 * words before the date or AFTER words after it; "due to the floods in May" has no verb after "to"
 * (NOT_PLANNED_VERB) and gives nothing. Returns the verb's token index, or -1.
 *
 * @example plannedVerb(frame, tokenAt(frame.tokens, date.start), date) // index of "sail"
 */
export function plannedVerb(frame: SentenceFrame, at: number, d: DateMention): number {
  const {tokens, clauses} = frame;
  const clause = clauses[at];
  for (let i = at - 1, n = 0; i >= 1 && n < BEFORE && clauses[i] === clause; i--, n++) {
    if (!isPlanCue(tokens, i)) continue;
    const v = planVerbAt(tokens, i + 1, at);
    return v;
  }
  let after = at;
  while (after < tokens.length && within(tokens[after], d.start, d.end)) after++;
  for (let i = after, n = 0; i < tokens.length && n < AFTER && clauses[i] === clause; i++, n++) {
    if (!isPlanCue(tokens, i)) continue;
    const v = planVerbAt(tokens, i + 1, Math.min(tokens.length, i + 4));
    return v < 0 || clauses[v] !== clause ? -1 : v;
  }
  return -1;
}

/** "will", or "to" after a plan word ("plans to"; "due to" only after a form of "be": "is due to"). */
function isPlanCue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.punct) return false;
  if (t.lower === "will") return true;
  if (t.lower !== "to" || i === 0) return false;
  const w = tokens[i - 1];
  if (w.punct || !hasWord(PLAN_WORDS, w.lower, w.key)) return false;
  // "poor due to severe frost": a cause.
  return !hasWord(AFTER_BE, w.lower, w.key) || (i > 1 && hasWord(BE_FORMS, tokens[i - 2].lower, tokens[i - 2].key));
}

/** Index of the planned verb from token `from` (past PLAN_ADVERBS), before `limit`; -1 when it is no verb. */
function planVerbAt(tokens: Token[], from: number, limit: number): number {
  let v = from;
  while (v < limit && hasWord(PLAN_ADVERB, tokens[v].lower, tokens[v].key)) v++;
  if (v >= limit) return -1;
  const verb = tokens[v];
  return verb.punct || !startsLowercase(verb.text) || hasWord(NOT_PLANNED, verb.lower, verb.key) ? -1 : v;
}
