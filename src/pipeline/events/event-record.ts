import type {DateBasis, DatePrecision, EventMention, EventType, Modality} from "../types.ts";

/**
 * An EventMention built by a constructor rather than an object literal; both makers of events
 * (find-events.ts for triggers, orphan-dates.ts for fallback events) build them here, so every
 * event has one object shape, with the fields in the order the literals had (the tables and
 * JSON read the same fields in the same order).
 *
 * Why: events live to the end of the run, so V8 soon decides to allocate a literal's objects
 * straight in the old generation ("pretenuring", per allocation site), and that decision throws
 * away the optimised code that inlined the allocation: eventsInFrame and findEvents were
 * compiled twice in a cold run (measured with --trace-deopt: "code dependencies"). Objects made
 * by a constructor have no allocation site, so there is nothing to decide and nothing to throw
 * away; the few thousand events then pass through the young generation, a small copy.
 *
 * @example new EventRecord(0, 4, 9, "release", "freed", "Rebels freed the crew", null, null, null, null, [0], null, "reported")
 */
export class EventRecord implements EventMention {
  // (Fields `declare`d and set by the constructor: see WordToken in actors/tokens.ts for why.)
  declare sentenceIndex: number;
  declare start: number;
  declare end: number;
  declare type: EventType;
  declare trigger: string;
  declare description: string;
  declare date: string | null;
  declare datePrecision: DatePrecision | null;
  declare dateText: string | null;
  declare dateBasis: DateBasis | null;
  declare actorMentions: number[];
  declare location: string | null;
  declare modality: Modality;
  constructor(
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
  ) {
    this.sentenceIndex = sentenceIndex;
    this.start = start;
    this.end = end;
    this.type = type;
    this.trigger = trigger;
    this.description = description;
    this.date = date;
    this.datePrecision = datePrecision;
    this.dateText = dateText;
    this.dateBasis = dateBasis;
    this.actorMentions = actorMentions;
    this.location = location;
    this.modality = modality;
  }
}
