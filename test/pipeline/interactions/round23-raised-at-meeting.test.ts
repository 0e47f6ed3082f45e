/**
 * Stage 07 on invented sentences (round 23): raising or discussing something with B "at a meeting"
 * or "during a meeting" is a meeting with B (find-interactions.ts meetingAfter; model
 * interaction-cues.ts MEETING_DISCUSSION_VERBS, DISCUSSION_MEETING_NOUNS):
 * - "A had raised the issue with B at a meeting in X last month" → A met B;
 * - "A discussed the floods with B during a meeting in X" → A met B.
 * Negatives: with no meeting told ("A discussed the floods with B") the row stays negotiated; a
 * meeting in a clause of its own after "where" does not make the talk one; nor does a summit, where
 * the two are attendees of a gathering (round11-classes.test.ts keeps that negative).
 * Review 23 F2: the scan stops at 'to', 'what/which/that', 'ahead/before/after' and a participle
 * (model interaction-cues.ts DISCUSSION_SCAN_STOPS), and 'a meeting of …' is a gathering of many.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative (review 23 F2, a future meeting after 'to be presented'): stays negotiated": {
    s: "Ann Ward discussed with Tom Hale the proposals to be presented at a meeting next week.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -negotiated-> Tom Hale"]
  },
  "negative (review 23 F2, 'plans to vote … at a meeting of shareholders'): stays negotiated": {
    s: "Ann Ward discussed with Tom Hale plans to vote against the merger at a meeting of shareholders.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -negotiated-> Tom Hale"]
  },
  "negative (review 23 F2, 'ahead of a vote at a meeting'): stays negotiated": {
    s: "Ann Ward discussed the budget with Tom Hale ahead of a vote at a meeting of the board on Friday.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -negotiated-> Tom Hale"]
  },
  "negative (review 23 F2, 'what had been agreed at the meeting'): stays negotiated": {
    s: "Ann Ward discussed with Tom Hale what had been agreed at the meeting with Li Wei.",
    m: ["Ann Ward", "Tom Hale", "Li Wei"],
    rows: ["Ann Ward -negotiated-> Tom Hale", "Ann Ward -negotiated-> Li Wei"]
  },
  "negative (review 23 F2, 'at a meeting of EU foreign ministers': a gathering of many): stays negotiated": {
    s: "Germany discussed the sanctions with France at a meeting of EU foreign ministers.",
    m: ["Germany:country", "France:country", "EU:organization"],
    rows: ["Germany -negotiated-> France"]
  },
  "negative (review 23 F2, a participle between: 'the proposals presented at a meeting'): stays negotiated": {
    s: "Ann Ward discussed with Tom Hale the proposals presented at a meeting last week.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -negotiated-> Tom Hale"]
  },
  "A raised the issue with B at a meeting in X → A met B": {
    s: "Denmark had raised the issue with the Ostland Trade Ministry at a meeting in Velm last month.",
    m: ["Denmark:country", "Ostland Trade Ministry:organization", "Velm:place"],
    rows: ["Denmark -met-> Ostland Trade Ministry"]
  },
  "A discussed X with B during a meeting → A met B": {
    s: "Governor Kofi Mensah discussed the floods with Omar Sall during a meeting in Accra.",
    m: ["Kofi Mensah", "Omar Sall", "Accra:place"],
    rows: ["Kofi Mensah -met-> Omar Sall"]
  },
  "negative (no meeting): A discussed X with B → negotiated": {
    s: "Governor Kofi Mensah discussed the floods with Omar Sall on Monday.",
    m: ["Kofi Mensah", "Omar Sall"],
    rows: ["Kofi Mensah -negotiated-> Omar Sall"]
  },
  "negative (another clause): a meeting after 'where' is no meeting of the talk": {
    s: "Governor Kofi Mensah discussed the floods with Omar Sall in Accra, where the army chiefs gathered at a meeting.",
    m: ["Kofi Mensah", "Omar Sall", "Accra:place"],
    rows: ["Kofi Mensah -negotiated-> Omar Sall"]
  },
  "negative (summit): A discussed X with B at a summit → negotiated": {
    s: "Governor Kofi Mensah discussed the floods with Omar Sall at a summit in Accra.",
    m: ["Kofi Mensah", "Omar Sall", "Accra:place"],
    rows: ["Kofi Mensah -negotiated-> Omar Sall"]
  }
};

describe("stage 07 (round 23): raised with B at a meeting", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
