/**
 * Stage 07 on invented sentences (round 27): an agreement reached in a call is a call, met, like "discussed X by
 * phone": "A and B agreed on the details by telephone" → A met B. Negatives: an agreement with no call stays a
 * negotiation; a phone word that is the topic ("agreed on the phone tariffs") or another clause's call.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A and B had agreed on … by telephone → A met B": {
    s: "Two days before the handover, Premier Oskar Veld and Governor Rosa Ilic had agreed on the last details by telephone.",
    m: ["Oskar Veld", "Rosa Ilic"],
    rows: ["Oskar Veld -met-> Rosa Ilic"]
  },
  "A agreed by phone with B to … → A met B": {
    s: "Union leader Marta Kohl agreed by phone with Karl Ek to extend the talks.",
    m: ["Marta Kohl", "Karl Ek"],
    rows: ["Marta Kohl -met-> Karl Ek"]
  },
  "negative (no call): A and B agreed on a ceasefire → negotiated": {
    s: "Marta Kohl and Karl Ek agreed on a ceasefire in Tarsa.",
    m: ["Marta Kohl", "Karl Ek", "Tarsa:place"],
    rows: ["Marta Kohl -negotiated-> Karl Ek"]
  },
  "negative: the phone as the topic, no call → negotiated": {
    s: "Marta Kohl and Karl Ek agreed on the new phone tariffs.",
    m: ["Marta Kohl", "Karl Ek"],
    rows: ["Marta Kohl -negotiated-> Karl Ek"]
  }
};

describe("findInteractions: an agreement reached by telephone is a call (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
