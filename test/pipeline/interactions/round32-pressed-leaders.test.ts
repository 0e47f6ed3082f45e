/**
 * Stage 07 on invented sentences (round 32): a body's leaders pressed in its name to free or release is a request of the
 * body's, as "pressed B to release …" is: "A had pressed Acme Steel's bosses since the summer to release the bonuses" → A asked
 * Acme Steel (interactions/pressed-requests.ts, model PRESSED_OWNED_GROUP_NOUNS). Pressure with no release or help
 * asked and an ongoing campaign ("is pressing") stay a call.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A had pressed B's bosses since the summer to release the bonuses' → A asked B": {
    s: "The deal came after Tom Hale had pressed Acme Steel's bosses since the summer to release the unpaid bonuses.",
    m: ["Tom Hale", "Acme Steel:organization"],
    rows: ["Tom Hale -asked-> Acme Steel"]
  },
  "positive: 'A pressed B's leadership to free the crew' → A asked B": {
    s: "Chile pressed the Delta Front's leadership to free the crew of the trawler.",
    m: ["Chile:country", "Delta Front:group"],
    rows: ["Chile -asked-> Delta Front"]
  },
  "positive: 'A pressed B's negotiators for weeks to release the engineers' → A asked B": {
    s: "Norway pressed the Sierra Front's negotiators for weeks to release the two engineers.",
    m: ["Norway:country", "Sierra Front:group"],
    rows: ["Norway -asked-> Sierra Front"]
  },
  "different row (no release asked: 'pressed B's leaders to end the strike'): a call": {
    s: "Tom Hale pressed Acme Steel's leaders to end the strike.",
    m: ["Tom Hale", "Acme Steel:organization"],
    rows: ["Tom Hale -called_on-> Acme Steel"]
  },
  "different row (an ongoing campaign: 'is pressing B's leaders to release …'): a call": {
    s: "Tom Hale is pressing Acme Steel's leaders to release the withheld pay.",
    m: ["Tom Hale", "Acme Steel:organization"],
    rows: ["Tom Hale -called_on-> Acme Steel"]
  }
};

describe("findInteractions: round 32 a body's leaders pressed to release", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
