/**
 * Stage 07 on invented sentences (round 24): "A sat down with B" is a meeting of two persons
 * (model interaction-verbs.ts "sat down with", flags personOnly, personSource, notMedia, notPrev "to",
 * notInterview with INTERVIEW_WORDS):
 * - "A sat down with B (in X)", "A sat down with <organisation> official B" → A met B.
 * Negatives: an interview ("sat down with CNN's B", "… for an interview", "with the podcast presenter B"),
 * review 24 F4 (an outlet anywhere in the sentence, editor/show/season/exclusive conversation, a bench),
 * an act not done ("refused to sit down with B"), clubs talking a transfer (no persons).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A sat down with B, a senior official of …' → A met B": {
    s: "Piet Claes, the club's chairman, sat down with Omar Diallo over dinner to settle the dispute.",
    m: ["Piet Claes", "Omar Diallo"],
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
  },
  "negative (review 24 F4, editor in apposition): no meeting": {
    s: "Tom Hale sat down with Ann Ward, the BBC's political editor, on Sunday.",
    m: ["Tom Hale", "Ann Ward", "the BBC:media"],
    rows: []
  },
  "negative (review 24 F4, 'of <outlet>'): no meeting": {
    s: "Tom Hale, who won gold in Paris, sat down with Ann Ward of The Athletic.",
    m: ["Tom Hale", "Paris:place", "Ann Ward", "The Athletic:media"],
    rows: []
  },
  "negative (review 24 F4, 'on her show'): no meeting": {
    s: "Tom Hale sat down with Ann Ward on her show on Sunday night.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F4, 'in an exclusive conversation'): no meeting": {
    s: "In an exclusive conversation, Tom Hale sat down with Ann Ward to talk about his new album.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F4, 'for the new season of <show>'): no meeting": {
    s: "Tom Hale sat down with Ann Ward and Joe Bell for the new season of Hot Ones.",
    m: ["Tom Hale", "Ann Ward", "Joe Bell"],
    rows: []
  },
  "negative (review 24 F4, literal seat: 'on the bench'): no meeting": {
    s: "Tom Hale sat down with Ann Ward on the bench after he was substituted.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "positive (review 24 F4 right: 'sat down with B in a villa outside X')": {
    s: "Tom Hale sat down with Ann Ward in a villa outside Doha.",
    m: ["Tom Hale", "Ann Ward", "Doha:place"],
    rows: ["Tom Hale -met-> Ann Ward"]
  }
};

describe("stage 07 round 24: sat down with", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
