import type {DateMention} from "../types.ts";
import {DETERMINERS} from "../model/event-fallback.ts";
import type {Token} from "./tokens.ts";
import {hasWord, wordSet} from "./word-index.ts";
import {PERIOD_CUE_WORDS, PERIOD_FILLER_WORDS, RELATIVE_CLAUSE_OPENERS} from "../model/event-cues.ts";

/**
 * Index of the token containing article offset `pos` (binary search), or -1.
 *
 * @example tokenAt(tokenize("Floods on Monday", 0), 10) // 2
 */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else if (tokens[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** Words that make the date right after them start or end a period ("since October", "until Friday", "from May to July"). */
const PERIOD_CUES = new Set(PERIOD_CUE_WORDS);
/** Words that may stand between such a cue and its date ("since the 15th", "until late May"). */
const PERIOD_FILLERS = new Set(PERIOD_FILLER_WORDS);

/**
 * True when a date can be an event's date: resolved, and a point in time rather than a length
 * of time or the start or end of a period (DateMention.role from stage 03). A "since"/"until"
 * date counts only when no such cue stands right before it: in "since the rains began in late
 * July" the date is when the rains began, while "on strike since early October" and "until
 * Friday" date nothing. In "kept for six weeks before the gang freed him in June" the
 * release is June.
 *
 * @example datesEvent({...date, role: "duration"}, tokens) // false
 */
export function datesEvent(d: DateMention, tokens: Token[]): boolean {
  if (d.date === null || d.role === "duration") return false;
  if (d.role !== "since" && d.role !== "until") return true;
  let k = tokenAt(tokens, d.start) - 1;
  while (k >= 0 && PERIOD_FILLERS.has(tokens[k].lower)) k--;
  return k < 0 || !PERIOD_CUES.has(tokens[k].lower);
}

/**
 * An attributive date (a determiner right before it) that ends right before the trigger modifies
 * it: "four farmers missing since the June 2, 2024 raid" dates the raid (though "since" makes it the
 * start of the missing), "the 2019 floods" the floods. Null when a word or punctuation stands
 * between date and trigger, the date is a length of time, or no determiner leads it: in "aid
 * workers detained since March released" the date is the start of the detention, not the release.
 */
function modifierDate(d: DateMention, tokens: Token[], start: number): DateMention | null {
  if (d.date === null || d.role === "duration" || d.end > start) return null;
  const before = tokenAt(tokens, start) - 1;
  if (before < 0 || tokens[before].end !== d.end) return null;
  const first = tokenAt(tokens, d.start);
  return isDeterminer(tokens, first) || isDeterminer(tokens, first - 1) ? d : null;
}

const DETERMINER = wordSet(DETERMINERS);

/** Whether token i is a determiner ("the", "its", …). */
function isDeterminer(tokens: Token[], i: number): boolean {
  return i >= 0 && !tokens[i].punct && hasWord(DETERMINER, tokens[i].lower, tokens[i].key);
}

/** Dates further than this many positions from the span (in start order) are not considered. */
const NEAR = 12;

/**
 * The date for a span [start, end) of a sentence: the resolved DateMention that can date an
 * event (`datesEvent`) in the same clause closest to the span, else the closest one in the sentence, else null. It never
 * invents a date ("freed on Monday, a week after the attack" dates the release Monday).
 * `dates` are the sentence's dates sorted by start; only the nearest few are scanned so
 * a pathological line with thousands of dates stays linear.
 *
 * @example pickDate(frame.dates, frame.tokens, frame.clauses, 40, 46)
 */
export function pickDate(dates: DateMention[], tokens: Token[], clauses: number[], start: number, end: number): DateMention | null {
  if (dates.length === 0) return null;
  const clause = clauses[tokenAt(tokens, start)];
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const modifier = lo > 0 ? modifierDate(dates[lo - 1], tokens, start) : null;
  if (modifier) return modifier;
  const at = tokenAt(tokens, start);
  const when = whenClauseDate(dates, lo, tokens, clauses, clause, at);
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (let k = Math.max(0, lo - NEAR); k < Math.min(dates.length, lo + NEAR); k++) {
    const d = dates[k];
    if (!datesEvent(d, tokens)) continue;
    const ti = tokenAt(tokens, d.start);
    const sameClause = ti >= 0 && clauses[ti] === clause;
    const after = d.start >= end;
    const gap = after ? d.start - end : Math.max(0, start - d.end);
    // Same-clause dates beat other clauses; then one outside a relative aside closed before the trigger ("B, who
    // was seized on 7 May, spoke by video link on Monday": the clause list has no break at ", spoke", yet the
    // aside sets 7 May apart; a lead-in's date is no aside: "At dawn on Tuesday, soldiers freed …", review 27 F7);
    // then the nearest; a date after the trigger wins a tie ("freed on Monday").
    const apart = sameClause && !after && ti >= 0 && inRelativeAside(tokens, ti, at);
    const score = (sameClause ? 0 : 1e9) + (apart ? 1e6 : 0) + gap * 2 + (after ? 0 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  // The "when" clause's own date, if it has one, beats the date it hangs on ("Last week, when the minister visited
  // Kyiv on Tuesday, …" is Tuesday: review 27 F9).
  if (when && !(best && best.start > when.end && clauses[tokenAt(tokens, best.start)] === clause)) return when;
  return best;
}

const RELATIVES = wordSet(RELATIVE_CLAUSE_OPENERS);

/**
 * True when the date at token `d` lies inside a relative aside (", who/which/whose … ,") that closes before the
 * trigger at token `at`: "B, who was seized on 7 May, spoke …". A date in a lead-in or in any other aside is not
 * set apart ("In Rafah, on Sunday, Hamas handed over …").
 */
function inRelativeAside(tokens: Token[], d: number, at: number): boolean {
  let closed = false;
  for (let i = d + 1; i < at; i++) if (tokens[i].text === ",") closed = true;
  if (!closed) return false;
  for (let i = d - 1; i > 0; i--) {
    if (tokens[i].text !== ",") continue;
    const next = tokens[i + 1];
    return hasWord(RELATIVES, next.lower, next.key);
  }
  return false;
}

/**
 * The date a "when" clause hangs on: "no dam has failed since April, when engineers recovered two bodies"
 * dates the recovery April, whatever cue stands before the date ("since" makes it the start of a period
 * for the main clause, not for the "when" clause). The date must end right before "when" (a comma between
 * allowed), "when" must open the trigger's clause, and no comma may stand between "when" and the trigger (token
 * `at`). Null otherwise. `lo`: how many dates start before the trigger.
 *
 * @example whenClauseDate(frame.dates, 1, frame.tokens, frame.clauses, 1, 9)
 */
export function whenClauseDate(dates: DateMention[], lo: number, tokens: Token[], clauses: number[], clause: number, at: number): DateMention | null {
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
    const d = dates[k];
    if (d.date === null || d.role === "duration") continue;
    let w = tokenAt(tokens, d.end - 1) + 1;
    if (w <= 0) continue;
    if (tokens[w]?.text === ",") w++;
    if (tokens[w]?.lower !== WHEN || clauses[w] !== clause) continue;
    // Only the "when" clause itself, up to its next comma: in "Since January, when the truce ended, gunmen have
    // killed 40 people" the main clause is a period, not an event of January (review 27 F8).
    for (let i = w + 1; i < at; i++) if (tokens[i].text === ",") return null;
    return d;
  }
  return null;
}

/** The subordinator whose clause takes the date before it ("since April, when …"). */
const WHEN = "when";
