/**
 * Stage 07 on invented sentences (round 33): a captive kept back from a release. "A has kept B back, one negotiator
 * said", "A freed two hostages but kept B back" → A held B. Not a school keeping a pupil back, not a company after talks,
 * not a coach keeping a player back in defence.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A has kept B back, a negotiator told the paper → A held B": {
    s: "The Coastal Brigade has kept Jonas Eke back, a negotiator told the paper on Friday.",
    m: ["Coastal Brigade:organization", "Jonas Eke"],
    rows: ["Coastal Brigade -held-> Jonas Eke"]
  },
  "A freed two hostages but kept B back → A held B": {
    s: "The Delta Front freed two hostages but kept Tom Berg back.",
    m: ["Delta Front:organization", "Tom Berg"],
    rows: ["Delta Front -held-> Tom Berg"]
  },
  "A keeps B back as a bargaining counter in the swap → A held B": {
    s: "The Red Hand keeps Omar Saleh back as a bargaining counter in the prisoner swap.",
    m: ["Red Hand:group", "Omar Saleh"],
    rows: ["Red Hand -held-> Omar Saleh"]
  },
  "negative: a school keeps a pupil back": {
    s: "Velm Grammar School kept Tom Berg back a year.",
    m: ["Velm Grammar School:organization", "Tom Berg"],
    rows: []
  },
  "negative: a company kept someone back after talks": {
    s: "Acme Steel kept Tom Berg back after the talks.",
    m: ["Acme Steel:organization", "Tom Berg"],
    rows: []
  },
  "negative: a coach kept a player back in defence after the squad's release": {
    s: "Coach Ana Lee kept Tom Berg back in defence after the release of the squad list.",
    m: ["Ana Lee", "Tom Berg"],
    rows: []
  }
};

describe("stage 07, round 33: captives kept back", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
