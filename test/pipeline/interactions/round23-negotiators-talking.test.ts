/**
 * Stage 07 on invented sentences (round 23): a side's negotiators talking with someone negotiate
 * with them (model interaction-verbs.ts, flag `negotiatorSubject`, NEGOTIATOR_NOUNS;
 * find-interactions.ts negotiatorsOf):
 * - "Negotiators of A have been talking with B for hours" → A negotiated B;
 * - "A negotiators were talking to B" → the same.
 * Negatives: talk by anyone else ("A has been talking with B") and negotiators not tied to the name
 * ("A said negotiators were talking with B") are no negotiation of A's.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Negotiators of A have been talking with B → A negotiated B": {
    s: "Negotiators of the Delta Police have been talking with Omar Sall for more than nine hours.",
    m: ["Delta Police:organization", "Omar Sall"],
    rows: ["Delta Police -negotiated-> Omar Sall"]
  },
  "A negotiators were talking to B → A negotiated B": {
    s: "Delta Police negotiators were talking to Omar Sall through a megaphone on Sunday.",
    m: ["Delta Police:organization", "Omar Sall"],
    rows: ["Delta Police -negotiated-> Omar Sall"]
  },
  "negative (no negotiators): A has been talking with B": {
    s: "Kofi Mensah has been talking with Omar Sall for hours.",
    m: ["Kofi Mensah", "Omar Sall"],
    rows: []
  },
  "negative (reported): A said negotiators were talking with B": {
    s: "The Delta Police said negotiators were talking with Omar Sall.",
    m: ["Delta Police:organization", "Omar Sall"],
    rows: []
  }
};

describe("stage 07 (round 23): negotiators talking with B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
