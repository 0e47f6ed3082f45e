/**
 * Stage 07 on invented sentences (round 14): the head of ", who was <participle> by X" past an
 * age and an "of <unit>" apposition, and a planned trip told to an addressee before "that
 * she would …".
 * - "B, 52, of the fishers' cooperative in X, who had been held by Y" → Y held B (not the place);
 * - "B told reporters on Monday that she would travel to X" → B visited X (planned).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const headCases: Record<string, Case> = {
  "B, <age>, of <a body>, who had been held by X → X held B": {
    s: "Rosa Vidal, 52, of the fishers' cooperative in Tarma, who had been held by the Delta Front since May, flew home.",
    m: ["Rosa Vidal", "Tarma:place", "Delta Front:group"],
    rows: ["Delta Front -held-> Rosa Vidal"]
  },
  "B, of <unit>, who was held by X → X held B": {
    s: "Ana Ruiz, of the Coastal Rescue Service, who was held by the Kasai Rangers for a year, flew home.",
    m: ["Ana Ruiz", "Coastal Rescue Service:organization", "Kasai Rangers:group"],
    rows: ["Kasai Rangers -held-> Ana Ruiz"]
  },
  "negative: a unit with 'which' is its own head": {
    s: "The 5th Engineer Battalion, which was attacked by the Delta Front in May, lost 29 men.",
    m: ["5th Engineer Battalion:organization", "Delta Front:group"],
    rows: ["Delta Front -attacked-> 5th Engineer Battalion"]
  }
};

const planCases: Record<string, Case> = {
  "B told reporters on <day> that she would travel to X → B visited X": {
    s: "Ana Ruiz told reporters on Monday that she would travel to Lima next week to see the rescuers.",
    m: ["Ana Ruiz", "Lima:place"],
    d: ["Monday=2025-10-13"],
    rows: ["Ana Ruiz -visited-> Lima"],
    modality: "hypothetical"
  },
  "B told the radio station during a long interview that she plans to travel to X": {
    s: "Ana Ruiz told the harbour radio station during a long interview that she plans to travel to Lima.",
    m: ["Ana Ruiz", "Lima:place"],
    rows: ["Ana Ruiz -visited-> Lima"]
  },
  "negative: told a named person, 'she' may be that person": {
    s: "Ana Ruiz told Ines Moura on Monday that she would travel to Lima.",
    m: ["Ana Ruiz", "Ines Moura", "Lima:place"],
    d: ["Monday=2025-10-13"],
    rows: []
  }
};

describe("findInteractions: the person heading ', who was <participle> by X' past an age and a unit", () => {
  it.each(Object.entries(headCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: a trip announced after 'told <addressee> … that she would'", () => {
  it.each(Object.entries(planCases))("%s", (_label, c) => check(c));
});
