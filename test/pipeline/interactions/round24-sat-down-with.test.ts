/**
 * Stage 07 on invented sentences (round 24): "A sat down with B" is a meeting of two persons
 * (model interaction-verbs.ts "sat down with", flags personOnly, personSource, notMedia, notPrev "to",
 * notInterview with INTERVIEW_WORDS):
 * - "A sat down with B (in X)", "A sat down with <organisation> official B" → A met B.
 * Negatives: an interview ("sat down with CNN's B", "… for an interview", "with the podcast presenter B"),
 * an act not done ("refused to sit down with B"), clubs talking a transfer (no persons).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A sat down with B, a senior official of …' → A met B": {
    s: "On the sidelines of the flood summit, the Dutch envoy Piet Claes sat down with Omar Diallo, a senior official of the Sahel Council.",
    m: ["Piet Claes", "Omar Diallo", "Sahel Council:organization"],
    rows: ["Piet Claes -met-> Omar Diallo"]
  },
  "positive: 'A sat down with <organisation> official B in a villa' → A met B": {
    s: "The mediator, Ana Vidal, sat down with Sahel Council official Kofi Boateng in a villa near the border.",
    m: ["Ana Vidal", "Sahel Council:organization", "Kofi Boateng"],
    rows: ["Ana Vidal -met-> Kofi Boateng"]
  },
  "positive: present 'sits down with B' → A met B": {
    s: "Ana Vidal sits down with Kofi Boateng in Accra on Tuesday.",
    m: ["Ana Vidal", "Kofi Boateng", "Accra:place"],
    rows: ["Ana Vidal -met-> Kofi Boateng"]
  },
  "negative (interview: 'sat down with CNN's B'): no meeting": {
    s: "Ana Vidal sat down with CNN's Laura Stone on Monday.",
    m: ["Ana Vidal", "CNN:media", "Laura Stone"],
    rows: []
  },
  "negative (interview: 'sat down with B for an interview'): no meeting": {
    s: "Ana Vidal sat down with Laura Stone for an interview about the floods.",
    m: ["Ana Vidal", "Laura Stone"],
    rows: []
  },
  "negative (interview: 'sat down with the podcast presenter B'): no meeting": {
    s: "Kofi Boateng sat down with the podcast presenter Laura Stone last week.",
    m: ["Kofi Boateng", "Laura Stone"],
    rows: []
  },
  "negative (not done: 'refused to sit down with B'): no meeting": {
    s: "Kofi Boateng refused to sit down with Ana Vidal.",
    m: ["Kofi Boateng", "Ana Vidal"],
    rows: []
  },
  "negative (sport, clubs, no persons: 'Ajax sat down with Celtic to discuss the transfer'): no meeting": {
    s: "Ajax sat down with Celtic to discuss the transfer.",
    m: ["Ajax:organization", "Celtic:organization"],
    rows: []
  }
};

describe("stage 07 round 24: sat down with", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
