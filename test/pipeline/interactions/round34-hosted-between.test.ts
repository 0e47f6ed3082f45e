/**
 * Stage 07 on invented sentences (round 34): a state hosting a meeting between two sides is their go-between. "Norway
 * hosted the meeting between B and C" and "A thanked Norway for hosting the meeting in X between B and C" → Norway mediated
 * B and C. Not a person host (still a meeting with each), not a hosting with no meeting between two sides, not a game.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A thanked a state for hosting the meeting between B and C → the state mediated both": {
    s: "Tom Berg thanked Norway for hosting the meeting in Oslo between Pia Lund and Omar Saleh.",
    m: ["Tom Berg", "Norway:country", "Oslo:place", "Pia Lund", "Omar Saleh"],
    rows: ["Tom Berg -thanked-> Norway", "Norway -mediated-> Pia Lund", "Norway -mediated-> Omar Saleh", "Pia Lund -met-> Omar Saleh"]
  },
  "titled sides and a dated meeting noun": {
    s: "Tom Berg thanked Norway for hosting the May 3 meeting in Oslo between union leader Pia Lund and Acme Steel chief Omar Saleh.",
    m: ["Tom Berg", "Norway:country", "Oslo:place", "Pia Lund", "Acme Steel:organization", "Omar Saleh"],
    rows: ["Tom Berg -thanked-> Norway", "Norway -mediated-> Pia Lund", "Norway -mediated-> Omar Saleh"]
  },
  "a state hosted talks between B and C → mediated, not met": {
    s: "Norway hosted talks between Pia Lund and Omar Saleh in Oslo.",
    m: ["Norway:country", "Pia Lund", "Omar Saleh", "Oslo:place"],
    rows: ["Norway -mediated-> Pia Lund", "Norway -mediated-> Omar Saleh", "Pia Lund -met-> Omar Saleh", "Pia Lund -negotiated-> Omar Saleh"]
  },
  "negative: a person host still meets each side": {
    s: "Lena Ortiz hosted the meeting between Pia Lund and Omar Saleh.",
    m: ["Lena Ortiz", "Pia Lund", "Omar Saleh"],
    rows: ["Lena Ortiz -met-> Pia Lund", "Lena Ortiz -met-> Omar Saleh", "Pia Lund -met-> Omar Saleh"]
  },
  "negative: thanked for hosting refugees between two months": {
    s: "Tom Berg thanked Norway for hosting the refugees between March and May.",
    m: ["Tom Berg", "Norway:country"],
    rows: ["Tom Berg -thanked-> Norway"]
  },
  "negative: a state hosting a final between two clubs": {
    s: "Qatar hosted the final between Velm United and Acme Rovers.",
    m: ["Qatar:country", "Velm United:organization", "Acme Rovers:organization"],
    rows: ["Qatar -met-> Velm United", "Qatar -met-> Acme Rovers"]
  }
};

describe("stage 07, round 34: a state hosting a meeting between two sides", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
