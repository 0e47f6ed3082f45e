/**
 * Stage 07, review 31 mends (arguments): invented sentences on which a round-31 rule gave a wrong row.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F1: a denial reported by a plural-headed body tells no deed of the body's (arguments.ts theyAfterBodyReport).
  "F1: The Kestrel Brigades denied they had seized B (a denial, no abduction)": {
    s: "The Kestrel Brigades denied they had seized the ferry captain Piet Moll near the border.",
    m: ["Kestrel Brigades:group", "Piet Moll"],
    rows: []
  },
  "F1: The Dock Workers denied that they had attacked B (a denial, no attack)": {
    s: "The Dock Workers denied that they had attacked the foreman Ivo Brandt during the strike.",
    m: ["Dock Workers:organization", "Ivo Brandt"],
    rows: []
  },
  "F1 kept: The Kestrel Brigades confirmed they had seized B": {
    s: "The Kestrel Brigades confirmed they had seized the ferry captain Piet Moll near the border.",
    m: ["Kestrel Brigades:group", "Piet Moll"],
    rows: ["Kestrel Brigades -abducted-> Piet Moll"]
  },
  // F2: "off <place>" after the object says where at sea; the place is no object (arguments.ts objectsAfter).
  "F2: the Maltese coastguard rescued 30 fishermen off X (no row with X)": {
    s: "The Maltese coastguard rescued 30 fishermen off Tunisia after the storm on Sunday.",
    m: ["Maltese coastguard:organization", "Tunisia:country"],
    rows: []
  },
  "F2: a group attacked a grain ship off X (no attack on X)": {
    s: "The Sea Wolves attacked a grain ship off Eritrea late on Friday.",
    m: ["Sea Wolves:group", "Eritrea:country"],
    rows: []
  },
  "F2 kept: a named object before 'off' (helped the Red Crescent off X)": {
    s: "The Maltese coastguard helped the Red Crescent off Tunisia after the storm.",
    m: ["Maltese coastguard:organization", "Red Crescent:organization", "Tunisia:country"],
    rows: ["Maltese coastguard -assisted-> Red Crescent"]
  },
  // F9: a group owning what the unnamed members belong to is no agent (find-interactions.ts membersOf).
  "F9: B was attacked by militants from the Delta Front's breakaway wing (the wing, not the Front)": {
    s: "The surveyor Ivo Brandt was attacked near the pass by militants from the Delta Front's breakaway wing.",
    m: ["Ivo Brandt", "Delta Front:group"],
    rows: []
  },
  "F9: B was kidnapped by gunmen from a band known as the Red Hand's enemies (not the Red Hand)": {
    s: "Piet Moll was kidnapped at the quarry by gunmen from a band known as the Red Hand's enemies.",
    m: ["Piet Moll", "Red Hand:group"],
    rows: []
  },
  "F9 kept: B was attacked by militants from the Delta Front": {
    s: "The surveyor Ivo Brandt was attacked near the pass by militants from the Delta Front.",
    m: ["Ivo Brandt", "Delta Front:group"],
    rows: ["Delta Front -attacked-> Ivo Brandt"]
  }
};

describe("review 31 mends: arguments", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
