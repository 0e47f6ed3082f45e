/**
 * Stage 07 on invented sentences (round 32):
 * - a briefing is a meeting of the one briefed and the one briefing: "A was briefed at the dam by the fire chief, B",
 *   "B briefed A on the rescue" → A met B (persons only; model interaction-verbs.ts);
 * - an arrival dated by the news day's part: "A reached X this afternoon" → A visited X, as "… on Sunday" does
 *   (model ARRIVAL_DAY_PARTS, interactions/calls.ts arrivalDated).
 * Not sources "briefed on the talks", not a media outlet briefed, not an arrival in a life story.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A was briefed by the fire chief, B, beside the bridge' → A met B": {
    s: "Governor Tom Hale was briefed by the fire chief, Otto Berg, beside the collapsed bridge.",
    m: ["Tom Hale", "Otto Berg"],
    rows: ["Otto Berg -met-> Tom Hale"]
  },
  "positive: 'B briefed A on the rescue' → A met B": {
    s: "Fire chief Ines Vidal briefed Mayor Karl Moss on the rescue at the flooded mine.",
    m: ["Ines Vidal", "Karl Moss"],
    rows: ["Ines Vidal -met-> Karl Moss"]
  },
  "positive: 'A reached X this afternoon' → A visited X": {
    s: "Governor Lena Dahl reached Dorfield this afternoon, three days after the levee broke.",
    m: ["Lena Dahl", "Dorfield:place"],
    rows: ["Lena Dahl -visited-> Dorfield"]
  },
  "positive: 'A reached X this morning by helicopter' → A visited X": {
    s: "Interior Minister Jorge Pinto reached Velm this morning by helicopter.",
    m: ["Jorge Pinto", "Velm:place"],
    rows: ["Jorge Pinto -visited-> Velm"]
  },
  "negative (no one met: 'two officials briefed on the talks said …'): no briefing row": {
    s: "Aides briefed about the negotiations said the dockers would ballot next week, Tom Hale's office said.",
    m: ["Tom Hale"],
    rows: []
  },
  "negative (a media outlet: 'B briefed the BBC on the rescue'): no row": {
    s: "Otto Berg briefed the BBC on the rescue.",
    m: ["Otto Berg", "BBC:media"],
    rows: []
  },
  "negative (a life story: 'reached X in the afternoon of his birthday in 1998'): no visit": {
    s: "Tom Hale first reached Dorfield in the afternoon of his twentieth birthday in 1998.",
    m: ["Tom Hale", "Dorfield:place"],
    rows: []
  }
};

describe("findInteractions: round 32 briefings and arrivals", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
