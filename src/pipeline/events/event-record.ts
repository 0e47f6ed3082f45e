import type {DateBasis, DatePrecision, EventMention, EventType, Modality} from "../types.ts";

/**
 * An EventMention as one object literal; both makers of events (find-events.ts for triggers,
 * orphan-dates.ts for fallback events) build them here, so every event has one object shape and
 * one allocation site, with the fields in the order the tables and JSON read them.
 *
 * A literal on purpose, not a constructor (round 20; rounds 18-19 had a class): events live to the
 * end of the run (stages 07-11 read them), and a literal has an allocation site, so V8 allocates
 * them straight in the old generation once it sees they survive ("pretenuring"); constructor-made
 * events were each copied twice by the young-generation collector first. Measured on the
 * 5,000-article bench (--trace-gc-nvp, stages 01-11, 4 cold runs each): 170-180 -> 162-167 MB
 * promoted, 161-169 -> 152-160 MB copied within the young generation, scavenges 110-111 -> 109-110.
 * The price: eventsInFrame compiles twice (V8 throws away code that inlined the literal when it
 * switches the site to the old generation).
 *
 * @example eventRecord(0, 4, 9, "release", "freed", "Rebels freed the crew", null, null, null, null, [0], null, "reported").trigger // "freed"
 */
export function eventRecord(
  sentenceIndex: number,
  start: number,
  end: number,
  type: EventType,
  trigger: string,
  description: string,
  date: string | null,
  datePrecision: DatePrecision | null,
  dateText: string | null,
  dateBasis: DateBasis | null,
  actorMentions: number[],
  location: string | null,
  modality: Modality
): EventMention {
  return {sentenceIndex, start, end, type, trigger, description, date, datePrecision, dateText, dateBasis, actorMentions, location, modality};
}
