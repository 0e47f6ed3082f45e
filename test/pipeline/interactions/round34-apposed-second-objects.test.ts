/**
 * Stage 07 on invented sentences (round 34): a second object told like the first, a role and its name in commas. "A is
 * still holding the ship's master, Captain B, and its cook, C, at a base" → A held B and C. Not when C speaks, not when
 * no name follows the second role.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "held the master, Captain B, and its cook, C, → held both": {
    s: "The Orlen Guard has held the ferry's skipper, Captain Ivo Brandt, and its engineer, Karl Moss, at a depot near Orlen since June.",
    m: ["Orlen Guard:organization", "Ivo Brandt", "Karl Moss", "Orlen:place"],
    rows: ["Orlen Guard -held-> Ivo Brandt", "Orlen Guard -held-> Karl Moss"]
  },
  "a two-word role and a relative after C → held both": {
    s: "The Delta Front has held the convoy's leader, Major Lise Dahl, and its head surveyor, Karl Moss, who were seized together.",
    m: ["Delta Front:organization", "Lise Dahl", "Karl Moss"],
    rows: ["Delta Front -held-> Lise Dahl", "Delta Front -held-> Karl Moss"]
  },
  "negative: the second named one speaks": {
    s: "The Orlen Guard has held the ferry's skipper, Captain Ivo Brandt, and his sister, Lise Dahl, told reporters the family was desperate.",
    m: ["Orlen Guard:organization", "Ivo Brandt", "Lise Dahl"],
    rows: ["Orlen Guard -held-> Ivo Brandt"]
  },
  "negative: the second named one acts ('…, C, met him')": {
    s: "The Delta Front released the ferry's skipper, Captain Ivo Brandt, and his lawyer, Karl Moss, met him in Orlen.",
    m: ["Delta Front:organization", "Ivo Brandt", "Karl Moss", "Orlen:place"],
    rows: ["Delta Front -released-> Ivo Brandt", "Karl Moss -met-> Ivo Brandt"]
  },
  "negative: no name after the second role": {
    s: "The Orlen Guard has held the ferry's skipper, Captain Ivo Brandt, and its owners, the Orlen Ferry Line, declined to comment.",
    m: ["Orlen Guard:organization", "Ivo Brandt", "Orlen Ferry Line:organization"],
    rows: ["Orlen Guard -held-> Ivo Brandt"]
  }
};

describe("stage 07, round 34: an apposed second object", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
