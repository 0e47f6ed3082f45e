import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

interface Case {
  s: string;
  d: string[];
  /** Every event of the sentence as "type:trigger=date/modality". */
  events: string[];
}

const events = (c: Case): string[] => sentenceEvents(c.s, c.d, true);

/** A date whose clause has no past-tense verb, only a plan ("plans to return in early July"). */
const cases: Record<string, Case> = {
  "plans to <verb> … in <month>": {
    s: "The surgeon plans to resume operating at the field clinic in early November, after a month of rest.",
    d: ["in early November=2025-11"],
    events: ["other:resume=2025-11/planned"]
  },
  "a plan after the date ('Next week … will …')": {
    s: "Next week the mobile clinic will move to the northern camps.",
    d: ["Next week=2025-10-20"],
    events: ["other:move=2025-10-20/planned"]
  },
  "will <verb> on <day>": {
    s: "The ferry to the islands will sail again on Friday.",
    d: ["on Friday=2025-10-17"],
    events: ["other:sail=2025-10-17/planned"]
  },
  "is due to <verb>, an adverb between": {
    s: "The dam inquiry is due to formally open in March.",
    d: ["in March=2026-03"],
    events: ["other:open=2026-03/planned"]
  },
  "hopes to <verb> keeps its hypothetical modality": {
    s: "The climber hopes to attempt the north face in late May.",
    d: ["in late May=2026-05"],
    events: ["other:attempt=2026-05/hypothetical"]
  },
  "negative: 'due to' a noun phrase is no plan": {
    s: "The harvest is poor due to the heat in August.",
    d: ["in August=2025-08"],
    events: []
  },
  "negative: 'due to' a noun phrase is no plan, though an event noun before the date is dated": {
    s: "The harvest is poor due to the drought in August.",
    d: ["in August=2025-08"],
    events: ["other:drought=2025-08/reported"]
  },
  "negative: 'will be' a state is no event": {
    s: "The new mayor will be Ines Duarte from January.",
    d: ["from January=2026-01"],
    events: []
  },
  "negative: a past verb of the clause still wins": {
    s: "The pilots landed in Tromso on Monday and will fly home later.",
    d: ["on Monday=2025-10-13"],
    // (since session 28 "landed in" is a trip: a visit)
    events: ["visit:landed in=2025-10-13/reported"]
  }
};

describe("findEvents: a planned verb takes a date no trigger claimed", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => {
    expect(events(c)).toEqual(c.events);
  });
});
