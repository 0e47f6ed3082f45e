/**
 * Stage 07 on invented sentences (round 23): the mediator of the talks a meeting took place in
 * mediated both sides (find-interactions.ts hostedMeeting with type "mediated", model
 * interaction-cues.ts MEETING_MEDIATING_PARTICIPLES, MEETING_SETTING_PREPOSITIONS):
 * - "A met B in X on Monday in talks mediated by C" → C mediated A, C mediated B (and A met B);
 * - "A met B at a meeting brokered by C" → the same.
 * Negative: talks that are only the meeting's topic ("met B to review the talks mediated by C")
 * are other talks; C mediated no side. Review 23 F6: the talks are the setting only right after the
 * meeting's object and its place/date adjuncts (nominal.ts beforeMeetingAdjuncts), not after "to
 * discuss progress in", "a breakthrough in", "a stalemate in", "the latest round in".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met B in X on Monday in talks mediated by C → C mediated A, C mediated B": {
    s: "Fisheries minister Lena Brandt met her Ostland counterpart Paul Odell in Velm on Monday in talks mediated by Norway.",
    m: ["Lena Brandt", "Ostland:country", "Paul Odell", "Velm:place", "Norway:country"], d: ["Monday=2024-05-06"],
    rows: ["Lena Brandt -met-> Paul Odell", "Norway -mediated-> Lena Brandt", "Norway -mediated-> Paul Odell"]
  },
  "A met B at a meeting brokered by a body → the body mediated both": {
    s: "Lena Brandt met Paul Odell at a meeting brokered by the Nordic Council.",
    m: ["Lena Brandt", "Paul Odell", "Nordic Council:organization"],
    rows: ["Lena Brandt -met-> Paul Odell", "Nordic Council -mediated-> Lena Brandt", "Nordic Council -mediated-> Paul Odell"]
  },
  "negative (topic): met B to review the talks mediated by C: C mediated no side of this meeting": {
    s: "Fisheries minister Lena Brandt met Paul Odell on Monday to review the talks mediated by Norway last year.",
    m: ["Lena Brandt", "Paul Odell", "Norway:country"],
    rows: ["Lena Brandt -met-> Paul Odell"]
  },
  "negative (review 23 F6): met B in X on D to discuss progress in talks mediated by C: other talks": {
    s: "Antony Blinken met Benjamin Netanyahu in Jerusalem on Monday to discuss progress in talks mediated by Qatar.",
    m: ["Antony Blinken", "Benjamin Netanyahu", "Jerusalem:place", "Qatar:country"], d: ["Monday=2024-05-06"],
    rows: ["Antony Blinken -met-> Benjamin Netanyahu"]
  },
  "negative (review 23 F6): met B to push for a breakthrough in talks mediated by C and D": {
    s: "Antony Blinken met Benjamin Netanyahu to push for a breakthrough in talks mediated by Qatar and Egypt.",
    m: ["Antony Blinken", "Benjamin Netanyahu", "Qatar:country", "Egypt:country"],
    rows: ["Antony Blinken -met-> Benjamin Netanyahu"]
  },
  "negative (review 23 F6): met B amid a stalemate in the talks brokered by C": {
    s: "Ann Ward met Tom Hale amid a stalemate in the talks brokered by Li Wei.",
    m: ["Ann Ward", "Tom Hale", "Li Wei"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "negative (review 23 F6): met B to discuss X's role in talks mediated by C": {
    s: "Ann Ward met Tom Hale to discuss Ghana's role in talks mediated by Li Wei.",
    m: ["Ann Ward", "Tom Hale", "Ghana:country", "Li Wei"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "negative (review 23 F6): met B and briefed him on the latest round in talks mediated by C": {
    s: "Ann Ward met Tom Hale on Monday and briefed him on the latest round in talks mediated by Li Wei.",
    m: ["Ann Ward", "Tom Hale", "Li Wei"], d: ["Monday=2024-05-06"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F6 right: met with B in a meeting mediated by a body → the body mediated both": {
    s: "Ann Ward met with Tom Hale in a meeting mediated by the Vatican.",
    m: ["Ann Ward", "Tom Hale", "Vatican:organization"],
    rows: ["Ann Ward -met-> Tom Hale", "Vatican -mediated-> Ann Ward", "Vatican -mediated-> Tom Hale"]
  }
};

describe("stage 07 (round 23): meetings in mediated talks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
