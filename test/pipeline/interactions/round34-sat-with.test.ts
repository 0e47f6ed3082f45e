/**
 * Stage 07 on invented sentences (round 34): a meeting told by a seat beside someone. "A sat with B at her bedside / for
 * an hour" → A met B. Not a seat in the stands, on a board or at a dinner.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A sat with B at her bedside → met": {
    s: "Senator Ivo Brandt sat with Lise Dahl at her hospital bedside late on Sunday.",
    m: ["Ivo Brandt", "Lise Dahl"],
    rows: ["Ivo Brandt -met-> Lise Dahl"]
  },
  "an apposed subject and an apposed object → met": {
    s: "The minister, Tom Berg, sat with the injured driver, Omar Saleh, at his bedside on Monday.",
    m: ["Tom Berg", "Omar Saleh"],
    rows: ["Tom Berg -met-> Omar Saleh"]
  },
  "sat with B for an hour → met": {
    s: "Tom Berg sat with Pia Lund for an hour at the shelter in Velm.",
    m: ["Tom Berg", "Pia Lund", "Velm:place"],
    rows: ["Tom Berg -met-> Pia Lund"]
  },
  "negative: a seat in the stands": {
    s: "Tom Berg sat with Pia Lund in the stands at the final.",
    m: ["Tom Berg", "Pia Lund"],
    rows: []
  },
  "negative: a seat on a board": {
    s: "Tom Berg sat with Pia Lund on the board of Acme Steel for years.",
    m: ["Tom Berg", "Pia Lund", "Acme Steel:organization"],
    rows: []
  },
  "negative: a seat at a dinner": {
    s: "Tom Berg sat beside Pia Lund at the dinner.",
    m: ["Tom Berg", "Pia Lund"],
    rows: []
  }
};

describe("stage 07, round 34: a meeting told by a seat beside someone", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
