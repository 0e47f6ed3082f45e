/**
 * Stage 07 on invented sentences (round 26): a meeting told as "encounter". "The encounter between B and C"
 * means B met C, and "A facilitated / arranged the encounter between B and C" that A mediated them, as
 * with "meeting" (model interaction-verbs.ts MEETING_NOUNS); not between organisations nor in a sentence of
 * a game or a court (GAME_MEETING_NOUNS). A definite meeting's "between" aside may follow modifiers after a
 * determiner: "Their only face-to-face encounter, between B and C, came in X" (nominal.ts betweenAfter,
 * model MEETING_ASIDE_DETERMINERS).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A facilitated the encounter between B and C' → B met C, A mediated B and C": {
    s: "The Red Cross facilitated the encounter between Tom Hale and Joe Bell at the border post.",
    m: ["Red Cross:organization", "Tom Hale", "Joe Bell"],
    rows: ["Tom Hale -met-> Joe Bell", "Red Cross -mediated-> Tom Hale", "Red Cross -mediated-> Joe Bell"]
  },
  "positive: 'The face-to-face encounter between B and C lasted an hour' → B met C": {
    s: "The face-to-face encounter between Mayor Ann Vidal and the strike leader Joe Bell lasted an hour.",
    m: ["Ann Vidal", "Joe Bell"],
    rows: ["Ann Vidal -met-> Joe Bell"]
  },
  "positive: 'Their only face-to-face encounter, between B and C, came in X' → B met C": {
    s: "Their only face-to-face encounter, between Tom Hale and Joe Bell, came in Oslo in May.",
    m: ["Tom Hale", "Joe Bell", "Oslo:place"],
    rows: ["Tom Hale -met-> Joe Bell"]
  },
  "positive: 'The first direct meeting, between B and C, took place in X' → B met C": {
    s: "The first direct meeting, between Ann Vidal and Joe Bell, took place in Bergen.",
    m: ["Ann Vidal", "Joe Bell", "Bergen:place"],
    rows: ["Ann Vidal -met-> Joe Bell"]
  },
  "negative (a game: 'the encounter between two clubs'): no meeting": {
    s: "The encounter between Arsenal and Chelsea ended 2-2.",
    m: ["Arsenal:organization", "Chelsea:organization"],
    rows: []
  },
  "negative (a semi-final between two players): no meeting": {
    s: "The encounter between Tom Hale and Joe Bell in the semi-final was tense.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative ('a chance encounter with a bear near B's cabin'): no meeting": {
    s: "Tom Hale described his encounter with a bear near Joe Bell's cabin.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (review 26 verbs F2): a deadly encounter is no meeting": {
    s: "The deadly encounter between Officer Tom Hale and Joe Bell left one man dead.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (review 26 verbs F2): a boxing rematch is no meeting": {
    s: "Their rematch encounter between Ana Lind and Eva Berg came in Las Vegas.",
    m: ["Ana Lind", "Eva Berg", "Las Vegas:place"],
    rows: []
  },
  "negative ('After their talks, between 20 and 30 people …'): no parties": {
    s: "After their first long meeting, between 20 and 30 people protested outside, Tom Hale said.",
    m: ["Tom Hale"],
    rows: []
  }
};

describe("round 26: encounters", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
