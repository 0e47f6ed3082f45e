import type {Context, DateMention, EventMention} from "../types.ts";
import {describe} from "./describe.ts";
import {mentionsNear, type SentenceFrame} from "./frame.ts";
import {eventLocation} from "./location.ts";
import {modalityAt} from "./modality.ts";
import {pickDate, tokenAt} from "./pick-date.ts";
import {clauseHasVerb, orphanDateEvents} from "./orphan-dates.ts";
import {findTriggers} from "./triggers.ts";

/**
 * Events of one prepared sentence: one per trigger, but a second trigger of the same type
 * and date in the same clause is the same event ("released … freed" in one clause → one
 * release). Dates no trigger claimed then get a fallback event (see orphan-dates.ts).
 *
 * @example eventsInFrame(frame, ctx)[0].type // "release"
 */
export function eventsInFrame(frame: SentenceFrame, ctx: Context): EventMention[] {
  const {tokens, clauses} = frame;
  const hits = findTriggers(tokens);
  if (hits.length === 0 && frame.dates.length === 0) return [];
  const actors = actorIndex(frame);
  const seen = new Set<string>();
  const claimed = new Set<number>();
  const out: EventMention[] = [];
  for (const hit of hits) {
    const clause = clauses[hit.from];
    const start = tokens[hit.from].start;
    const end = tokens[hit.to - 1].end;
    const date = ownDate(frame, pickDate(frame.dates, tokens, clauses, start, end), clause);
    // Same type twice in a clause is one event, unless the two carry different dates
    // ("exchanged prisoners on Tuesday, the first exchange since early March").
    const key = `${clause}:${hit.type}:${date?.start ?? "none"}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (date) claimed.add(date.start);
    const location = (hit.type === "visit" ? visitedPlace(frame, hit.to) : null) ?? eventLocation(frame, hit.from, ctx, hit.type === "visit");
    out.push({
      sentenceIndex: frame.sentence.index,
      start,
      end,
      type: hit.type,
      trigger: frame.text.slice(start - frame.offset, end - frame.offset),
      description: describe(frame, hit.from, hit.to).text,
      date: date?.date ?? null,
      datePrecision: date ? date.precision : null,
      dateText: date ? date.text : null,
      dateBasis: date ? date.basis : null,
      actorMentions: actorsFor(actors, clause, location?.mention ?? null),
      location: location?.name ?? null,
      modality: modalityAt(tokens, clauses, hit.from, hit.to)
    });
  }
  for (const e of orphanDateEvents(frame, claimed, ctx, (clause, loc) => actorsFor(actors, clause, loc))) out.push(e);
  return out.sort((a, b) => a.start - b.start);
}

/** The place right after a visit trigger ("visited Moscow", "trip to the Gaza Strip"). */
function visitedPlace(frame: SentenceFrame, to: number): {name: string; mention: number} | null {
  const at = frame.tokens[to]?.lower === "the" ? to + 1 : to;
  for (const m of mentionsNear(frame, at, 2)) {
    if (m.from > at) break;
    if (m.from === at && (m.mention.kind === "place" || m.mention.kind === "country")) return {name: m.mention.gazetteerName ?? m.mention.name, mention: m.index};
  }
  return null;
}

/** A date from another clause is only borrowed when that clause has no verb of its own. */
function ownDate(frame: SentenceFrame, date: DateMention | null, clause: number): DateMention | null {
  if (!date) return null;
  const at = tokenAt(frame.tokens, date.start);
  if (at < 0 || frame.clauses[at] === clause) return date;
  const inDate = (i: number): boolean => frame.tokens[i].start >= date.start && frame.tokens[i].end <= date.end;
  return clauseHasVerb(frame, frame.clauses[at], at, inDate) ? null : date;
}

interface ActorIndex {
  all: number[];
  byClause: Map<number, number[]>;
}

/** Non-place mentions of the sentence, grouped by clause once per sentence. */
function actorIndex(frame: SentenceFrame): ActorIndex {
  const all: number[] = [];
  const byClause = new Map<number, number[]>();
  for (const m of frame.mentions) {
    if (m.mention.kind === "place") continue;
    all.push(m.index);
    const list = byClause.get(m.clause);
    if (list) list.push(m.index);
    else byClause.set(m.clause, [m.index]);
  }
  return {all, byClause};
}

/** Actors of an event: the clause's non-place mentions, else the sentence's; never its location. */
function actorsFor(index: ActorIndex, clause: number, locationMention: number | null): number[] {
  const inClause = (index.byClause.get(clause) ?? []).filter((i) => i !== locationMention);
  const list = inClause.length > 0 ? inClause : index.all.length > 200 ? [] : index.all.filter((i) => i !== locationMention);
  return [...new Set(list)];
}
