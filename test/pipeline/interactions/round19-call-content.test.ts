/**
 * Stage 07 on invented sentences (round 19): a phone call told with its content is that content
 * only (docs/evaluation.md, Interactions: "a call with a content verb gets that verb only";
 * interactions/calls.ts withoutCallMeetings, model interaction-calls.ts):
 * - "A spoke by telephone with B and thanked him for …" → A thanked B (no meeting);
 * - "A held a phone conversation with B and asked him to …" → A asked B;
 * - "A spoke to B by phone on Monday and urged him to …" → A called on B.
 * Negatives: a meeting in person with thanks ("met B and thanked him": both), a call in a relative
 * clause and thanks in a statement ("A, who spoke with B by phone, thanked him in a video": both),
 * a call with no content act (sport: a coach's call and a squad pick), a call with one actor and
 * thanks to another (both rows).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A spoke by telephone with B and thanked him → thanked only": {
    s: "Dagny Holt spoke with Ruben Osk by telephone after the vote and thanked him for the new bridge.",
    m: ["Dagny Holt", "Ruben Osk"],
    rows: ["Dagny Holt -thanked-> Ruben Osk"]
  },
  "A held a phone conversation with B and asked him to … → asked only": {
    s: "Velko Daris held a phone conversation with Arvo Kask and asked him to secure the crew's release.",
    m: ["Velko Daris", "Arvo Kask"],
    rows: ["Velko Daris -asked-> Arvo Kask"]
  },
  "A spoke to B by phone on Monday and urged him to … → called on only": {
    s: "Greta Volk spoke to Anselm Prieur by phone on Monday and urged him to free the engineers.",
    m: ["Greta Volk", "Anselm Prieur"],
    rows: ["Greta Volk -called_on-> Anselm Prieur"]
  },
  "negative: a meeting in person with thanks keeps both": {
    s: "Dagny Holt met Ruben Osk in Tirana and thanked him for his help.",
    m: ["Dagny Holt", "Ruben Osk", "Tirana:place"],
    rows: ["Dagny Holt -met-> Ruben Osk", "Dagny Holt -thanked-> Ruben Osk"]
  },
  "negative: a call in a relative clause, thanks in a statement, keeps both": {
    s: "Dagny Holt, who spoke with Ruben Osk by phone on Sunday, thanked him in a video statement.",
    m: ["Dagny Holt", "Ruben Osk"],
    rows: ["Dagny Holt -met-> Ruben Osk", "Dagny Holt -thanked-> Ruben Osk"]
  },
  "negative (sport): a coach's call with no content act stays a call": {
    s: "Coach Ilse Brand spoke by phone with Odd Mobek on Monday and picked him for the squad.",
    m: ["Ilse Brand", "Odd Mobek"],
    rows: ["Ilse Brand -met-> Odd Mobek"]
  },
  "negative: thanks to someone else than the one called keep the call": {
    s: "Dagny Holt spoke by telephone with Ruben Osk and thanked Arvo Kask for his help.",
    m: ["Dagny Holt", "Ruben Osk", "Arvo Kask"],
    rows: ["Dagny Holt -met-> Ruben Osk", "Dagny Holt -thanked-> Arvo Kask"]
  }
};

describe("round 19: calls told with their content", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
