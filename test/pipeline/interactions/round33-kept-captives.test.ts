/**
 * Stage 07 on invented sentences (round 33): captivity told with "keep" in a relative clause about the captive. "B,
 * whom A is still keeping inside the forest" → A held B. Not "kept B informed / waiting", not "kept the door open", not a
 * hospital keeping a patient in care, not a club keeping a player in the squad.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B, whom A is still keeping inside <place>, … → A held B": {
    s: "Their son, Jonas Eke, whom the Red Hand is still keeping inside the forest, was left out of the exchange.",
    m: ["Jonas Eke", "Red Hand:group"],
    rows: ["Red Hand -held-> Jonas Eke"]
  },
  "B, whom A has been keeping at a camp, … → A held B": {
    s: "Omar Saleh, whom the Coastal Brigade has been keeping at a camp near the delta, turned 40 on Sunday.",
    m: ["Omar Saleh", "Coastal Brigade:group"],
    rows: ["Coastal Brigade -held-> Omar Saleh"]
  },
  "B, whom A is keeping hostage, … → A held B": {
    s: "The pilot, Ana Lee, whom the Red Hand is keeping hostage, appeared in a video.",
    m: ["Ana Lee", "Red Hand:group"],
    rows: ["Red Hand -held-> Ana Lee"]
  },
  "negative: kept B informed": {
    s: "The mayor, Ana Vidal, kept Tom Berg informed.",
    m: ["Ana Vidal", "Tom Berg"],
    rows: []
  },
  "negative: whom A kept waiting": {
    s: "Tom Berg, whom Ana Vidal kept waiting for an hour, left early.",
    m: ["Ana Vidal", "Tom Berg"],
    rows: []
  },
  "negative: a hospital keeping a patient in care": {
    s: "Tom Berg, whom the Velm General Hospital is keeping in intensive care, is stable.",
    m: ["Tom Berg", "Velm General Hospital:organization"],
    rows: []
  },
  "negative: a club keeping a player in the squad": {
    s: "Tom Berg, whom Harbour United is keeping in the squad, scored twice.",
    m: ["Tom Berg", "Harbour United:organization"],
    rows: []
  },
  "negative: kept the door open": {
    s: "Pia Lund kept the door open for Jonas Eke.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: []
  }
};

describe("stage 07, round 33: captives kept", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
