/**
 * Stage 07 on invented sentences (round 32): help told as a joined effort.
 * - "A joined B in the search / the rescue / the relief effort" → A assisted B (model JOINED_EFFORTS);
 * - "A has been working alongside B since dawn" → A assisted B, between bodies (interactions/joined-help.ts).
 * Not a game ("joined B in the final"), not a joined call ("joined B in calling for a ban"), not a colleague ("worked
 * alongside B at the bank"), not a negated act.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A joined B in the search for the climbers' → A assisted B": {
    s: "The Red Cross joined the Coast Guard in the search for the missing climbers.",
    m: ["Red Cross:organization", "Coast Guard:organization"],
    rows: ["Red Cross -assisted-> Coast Guard"]
  },
  "positive: 'A joined B in the relief effort after the flood' → A assisted B": {
    s: "After the flood, the Dorfield Mountain Rescue joined the Civil Defence Corps in the relief effort.",
    m: ["Dorfield Mountain Rescue:organization", "Civil Defence Corps:organization"],
    rows: ["Dorfield Mountain Rescue -assisted-> Civil Defence Corps"]
  },
  "positive: 'A worked alongside B through the night' → A assisted B": {
    s: "The Sea Cadets worked alongside the Harbour Police through the night, clearing debris from the quay.",
    m: ["Sea Cadets:organization", "Harbour Police:organization"],
    rows: ["Sea Cadets -assisted-> Harbour Police"]
  },
  "negative (a game: 'A joined B in the final'): no row": {
    s: "The Rovers joined the Wanderers in the final.",
    m: ["Rovers:organization", "Wanderers:organization"],
    rows: []
  },
  "negative (mend 32 F20, rivals: 'A joined B in the hunt for a buyer'): no help": {
    s: "Brisk Mining has joined Vos Metals in the hunt for a buyer for its smelter.",
    m: ["Brisk Mining:organization", "Vos Metals:organization"],
    rows: []
  },
  "negative (mend 32 F21, rivals: 'A joined B in the search for a new striker'): no help": {
    s: "Brisk Rovers have joined Vos United in the search for a new goalkeeper.",
    m: ["Brisk Rovers:organization", "Vos United:organization"],
    rows: []
  },
  "negative (a joined call: 'A joined B in calling for a ban'): no help": {
    s: "The Red Cross joined the Coast Guard in calling for a ban on night ferries.",
    m: ["Red Cross:organization", "Coast Guard:organization"],
    rows: []
  },
  "negative (a colleague: 'A worked alongside B at the bank for a decade'): no row": {
    s: "Ana Lee worked alongside Otto Berg at the bank for a decade.",
    m: ["Ana Lee", "Otto Berg"],
    rows: []
  },
  "negative (negated: 'A did not join B in the search'): no row": {
    s: "The Red Cross did not join the Coast Guard in the search.",
    m: ["Red Cross:organization", "Coast Guard:organization"],
    rows: []
  }
};

describe("findInteractions: round 32 help as a joined effort", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
