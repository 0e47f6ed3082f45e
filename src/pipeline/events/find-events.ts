import type {Context, DateMention, EventMention} from "../types.ts";
import {describe} from "./describe.ts";
import {eventRecord} from "./event-record.ts";
import {mentionsNear, type PlacedMention, type SentenceFrame} from "./frame.ts";
import {eventLocation, type PrepositionPlace} from "./location.ts";
import {modalityAt} from "./modality.ts";
import {pickDate, tokenAt, whenClauseDate} from "./pick-date.ts";
import {clauseHasVerb, orphanDateEvents} from "./orphan-dates.ts";
import {findTriggers} from "./triggers.ts";
import {sortSmall} from "../util/sort-small.ts";

/**
 * Events of one prepared sentence: one per trigger, but a second trigger of the same type
 * and date in the same clause is the same event ("released … freed" in one clause → one
 * release). Dates no trigger claimed then get a fallback event (see orphan-dates.ts; `published`,
 * the article's ISO date, lets a plan date only a date not before it).
 *
 * @example eventsInFrame(frame, ctx, "2025-10-15")[0].type // "release"
 */
export function eventsInFrame(frame: SentenceFrame, ctx: Context, published = ""): EventMention[] {
  const {tokens, clauses} = frame;
  const hits = findTriggers(tokens);
  if (hits.length === 0 && frame.dates.length === 0) return [];
  // Same type twice in a clause is one event, unless the two carry different dates
  // ("exchanged prisoners on Tuesday, the first exchange since early March"). Triggers come
  // in token order, so a clause's triggers are consecutive: its first (type, date start) is
  // kept in two variables, further ones in two lists made only when a clause has several.
  // Types are the lexicon's constant strings, compared as they are (no code looked up per hit).
  let seenClause = -1;
  let firstType = "";
  let firstDate = -1;
  let moreTypes: string[] | null = null;
  let moreDates: number[] | null = null;
  // Starts of the dates triggers claimed, made on the first claim.
  let claimed: Set<number> | null = null;
  const out: EventMention[] = [];
  // Gazetteer places after prepositions, found once for all events of the sentence.
  const places: {places?: PrepositionPlace[]} = {};
  // Indexed loops, not for-of (an iterator-closing try/finally each): a smaller cold compile.
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    const type = hit.entry.type;
    const clause = clauses[hit.from];
    const start = tokens[hit.from].start;
    const end = tokens[hit.to - 1].end;
    const date = ownDate(frame, pickDate(frame.dates, tokens, clauses, start, end), clause, hit.from);
    const dateStart = date ? date.start : -1;
    if (clause !== seenClause) {
      seenClause = clause;
      firstType = type;
      firstDate = dateStart;
      if (moreTypes) moreTypes.length = moreDates!.length = 0;
    } else {
      if ((type === firstType && dateStart === firstDate) || seenPair(moreTypes, moreDates, type, dateStart)) continue;
      (moreTypes ??= []).push(type);
      (moreDates ??= []).push(dateStart);
    }
    if (date) (claimed ??= new Set()).add(date.start);
    const location = (type === "visit" ? visitedPlace(frame, hit.to) : null) ?? eventLocation(frame, hit.from, ctx, type === "visit", places);
    // Arguments in the order of EventMention's fields (see eventRecord).
    out.push(
      eventRecord(
        frame.sentence.index,
        start,
        end,
        type,
        frame.text.slice(start - frame.offset, end - frame.offset),
        describe(frame, hit.from, hit.to).text,
        date?.date ?? null,
        date ? date.precision : null,
        date ? date.text : null,
        date ? date.basis : null,
        actorsFor(frame.mentions, clause, location?.mention ?? null),
        location?.name ?? null,
        modalityAt(tokens, clauses, hit.from, hit.to)
      )
    );
  }
  if (frame.dates.length > 0) {
    const orphans = orphanDateEvents(frame, claimed, ctx, actorsFor, places, published);
    for (let e = 0; e < orphans.length; e++) out.push(orphans[e]);
  }
  // Trigger events come in text order; only fallback events may need sorting (a stable sort
  // would leave an ordered list as it is).
  for (let i = 1; i < out.length; i++) if (out[i - 1].start > out[i].start) return sortByStart(out);
  return out;
}

const byStart = (a: EventMention, b: EventMention): number => a.start - b.start;

/**
 * `events.sort(byStart)` for a sentence's few events, by insertion (util/sort-small.ts: the same
 * order, without the builtin sort's set-up and comparator calls, which showed in the profile).
 */
function sortByStart(events: EventMention[]): EventMention[] {
  return sortSmall(events, byStart, 32);
}

/** Whether (type, date start) is one of the pairs types[k], dates[k] (a clause's few triggers). */
function seenPair(types: string[] | null, dates: number[] | null, type: string, date: number): boolean {
  if (!types || !dates) return false;
  for (let k = 0; k < types.length; k++) if (types[k] === type && dates[k] === date) return true;
  return false;
}

/** The place right after a visit trigger ("visited Moscow", "trip to the Gaza Strip"). */
function visitedPlace(frame: SentenceFrame, to: number): {name: string; mention: number} | null {
  const at = frame.tokens[to]?.lower === "the" ? to + 1 : to;
  const near = mentionsNear(frame, at, 2);
  for (let k = 0; k < near.length; k++) {
    const m = near[k];
    if (m.from > at) break;
    if (m.from === at && (m.mention.kind === "place" || m.mention.kind === "country")) return {name: m.mention.gazetteerName ?? m.mention.name, mention: m.index};
  }
  return null;
}

/**
 * A date from another clause is only borrowed when that clause has no verb of its own, or when the trigger (token
 * `trigger`) stands in the "when" clause the date introduces.
 */
function ownDate(frame: SentenceFrame, date: DateMention | null, clause: number, trigger: number): DateMention | null {
  if (!date) return null;
  const at = tokenAt(frame.tokens, date.start);
  if (at < 0 || frame.clauses[at] === clause) return date;
  // "no dam has failed since April, when engineers recovered two bodies": the "when" clause is that date's (pick-date.ts).
  if (whenClauseDate([date], 1, frame.tokens, frame.clauses, clause, trigger) === date) return date;
  return clauseHasVerb(frame, frame.clauses[at], at, date.start, date.end) ? null : date;
}

/**
 * The mention indexes actorsFor collects, reused by every call; each answer is a copy at its
 * final size (`slice`). Why not a fresh `[]` per event: the lists live as long as their events,
 * and V8 then soon decides to allocate that literal's arrays in the old generation, which threw
 * away the compiled actorsFor and eventsInFrame once per cold run ("code dependencies" in
 * --trace-deopt); a copy made by `slice` has no allocation site to decide about, and is never grown.
 * Not re-entrant: actorsFor and sentenceActors fill it and copy it out within one call each.
 */
const SCRATCH: number[] = [];

/**
 * Actors of an event: the clause's non-place mentions, else the sentence's; never its location.
 * Read straight from the frame's mentions (sorted by start, so clause numbers never decrease
 * along the list: a clause's mentions are one run of it). No per-sentence index of the
 * non-place mentions: two arrays and an object per sentence with an event were 5 % of the
 * stage's allocation (measured on the bench corpus).
 */
function actorsFor(mentions: PlacedMention[], clause: number, locationMention: number | null): number[] {
  // Each mention index is listed once per sentence: the lists need no dedupe, only a copy.
  let n = 0;
  // The clause's run starts at the first entry not below it (binary search: long lines stay linear).
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].clause < clause) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < mentions.length && mentions[k].clause === clause; k++) {
    const m = mentions[k];
    if (m.mention.kind !== "place" && m.index !== locationMention) SCRATCH[n++] = m.index;
  }
  return n > 0 ? SCRATCH.slice(0, n) : sentenceActors(mentions, locationMention);
}

/** The sentence's non-place mentions but the location, or none past 200 non-place mentions. */
function sentenceActors(mentions: PlacedMention[], locationMention: number | null): number[] {
  let count = 0;
  for (let k = 0; k < mentions.length; k++) if (mentions[k].mention.kind !== "place") count++;
  let n = 0;
  if (count <= 200) {
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.mention.kind !== "place" && m.index !== locationMention) SCRATCH[n++] = m.index;
    }
  }
  return SCRATCH.slice(0, n);
}
