/**
 * Stage 07 on invented sentences (round 33): a request told with the verb that put it. "the request (that) A put to B",
 * "A request for X was put to B by A" → A asked B. Not a request put to a court (no named party), not a question put
 * to a newsroom, not a denied request.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a request A put to B (relative without 'that') → A asked B": {
    s: "The truce followed a request Jonas Eke put to the Red Hand in May, his office says.",
    m: ["Jonas Eke", "Red Hand:organization"],
    rows: ["Jonas Eke -asked-> Red Hand"]
  },
  "the request that A put to B → A asked B": {
    s: "The request that Mayor Ana Vidal put to Acme Steel was simple: reopen the plant.",
    m: ["Ana Vidal", "Acme Steel:organization"],
    rows: ["Ana Vidal -asked-> Acme Steel"]
  },
  "A request … was put to B by A → A asked B": {
    s: "A request for an inquiry was put to the Velm Council by Tom Berg on Monday.",
    m: ["Tom Berg", "Velm Council:organization"],
    rows: ["Tom Berg -asked-> Velm Council"]
  },
  "negative: a request put to a court names no party asked": {
    s: "The request Tom Berg put to the court was dismissed.",
    m: ["Tom Berg"],
    rows: []
  },
  "negative: a request put to a newsroom": {
    s: "The request Tom Berg put to Reuters went unanswered.",
    m: ["Tom Berg", "Reuters:media"],
    rows: []
  },
  "negative: a request denied": {
    s: "Acme Steel denied that there had been any request Tom Berg put to the Velm Council.",
    m: ["Acme Steel:organization", "Tom Berg", "Velm Council:organization"],
    rows: []
  }
};

describe("stage 07, round 33: requests put to someone", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
