/**
 * Stage 07 on invented sentences (round 33): a meeting told by the seat. "A sat across from B (at a villa)" → A met B,
 * with no table named. Not a seated contest or a meal, not a seat on a train or in a courtroom, not a refusal.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A sat across from B in a farmhouse → A met B": {
    s: "That evening Jonas Eke sat across from Pia Lund in a farmhouse near the lake.",
    m: ["Jonas Eke", "Pia Lund"],
    rows: ["Jonas Eke -met-> Pia Lund"]
  },
  "A sat across from B at a lodge outside X on a day → A met B": {
    s: "Union leader Tom Berg sat across from Acme Steel's chief executive, Omar Saleh, at a lodge outside Velm on Tuesday.",
    m: ["Tom Berg", "Acme Steel:organization", "Omar Saleh", "Velm:place"],
    rows: ["Tom Berg -met-> Omar Saleh"]
  },
  "a body sat across from a body for hours → met": {
    s: "The Velmar Teachers Union sat across from the Education Ministry for six hours on Monday.",
    m: ["Velmar Teachers Union:organization", "Education Ministry:organization"],
    rows: ["Velmar Teachers Union -met-> Education Ministry"]
  },
  "negative: a chess final": {
    s: "Tom Berg sat across from Omar Saleh in the chess final.",
    m: ["Tom Berg", "Omar Saleh"],
    rows: []
  },
  "negative: a seat on a train": {
    s: "Tom Berg sat across from Omar Saleh on the train to Velm.",
    m: ["Tom Berg", "Omar Saleh", "Velm:place"],
    rows: []
  },
  "negative: a refusal to sit across from B": {
    s: "Tom Berg refused to sit across from Omar Saleh.",
    m: ["Tom Berg", "Omar Saleh"],
    rows: []
  },
  "negative: a televised debate": {
    s: "Tom Berg sat across from Omar Saleh in a televised debate on Sunday.",
    m: ["Tom Berg", "Omar Saleh"],
    rows: []
  }
};

describe("stage 07, round 33: meetings told by the seat", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
