/**
 * Stage 07 on invented sentences (round 34): a second object told like the first, a role and its name in commas. "A is
 * still holding the ship's master, Captain B, and its cook, C, at a base" → A held B and C. Not when C speaks, not when
 * no name follows the second role.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "held the master, Captain B, and its cook, C, → held both": {
    s: "The coastguard is still holding the trawler's master, Captain Tom Berg, and its cook, Omar Saleh, at a base in Velm.",
    m: ["coastguard:organization", "Tom Berg", "Omar Saleh", "Velm:place"],
    rows: ["coastguard -held-> Tom Berg", "coastguard -held-> Omar Saleh"]
  },
  "a two-word role and a relative after C → held both": {
    s: "The Delta Front is still holding the convoy's leader, Major Pia Lund, and its chief surveyor, Omar Saleh, who are not related.",
    m: ["Delta Front:organization", "Pia Lund", "Omar Saleh"],
    rows: ["Delta Front -held-> Pia Lund", "Delta Front -held-> Omar Saleh"]
  },
  "negative: the second named one speaks": {
    s: "The coastguard is still holding the trawler's master, Captain Tom Berg, and his brother, Omar Saleh, said the family was desperate.",
    m: ["coastguard:organization", "Tom Berg", "Omar Saleh"],
    rows: ["coastguard -held-> Tom Berg"]
  },
  "negative: the second named one acts ('…, C, met him')": {
    s: "The Delta Front released the trawler's master, Captain Tom Berg, and his lawyer, Omar Saleh, met him in Velm.",
    m: ["Delta Front:organization", "Tom Berg", "Omar Saleh", "Velm:place"],
    rows: ["Delta Front -released-> Tom Berg", "Omar Saleh -met-> Tom Berg"]
  },
  "negative: no name after the second role": {
    s: "The coastguard is still holding the trawler's master, Captain Tom Berg, and its owners, the Velm Fishing Company, are silent.",
    m: ["coastguard:organization", "Tom Berg", "Velm Fishing Company:organization"],
    rows: ["coastguard -held-> Tom Berg"]
  }
};

describe("stage 07, round 34: an apposed second object", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
