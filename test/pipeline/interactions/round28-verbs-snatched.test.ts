/**
 * Stage 07 on invented sentences (round 28): more verbs of seizing a person. "B was snatched by A", "A snatched B", "A
 * took B prisoner" → A abducted B. Negatives: a late winner snatched in a league game, a bag snatched (no person), a
 * phrase of dismissal or scuffle not read ("let B go", "grabbed B by the arm").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B was snatched by A → A abducted B": {
    s: "The aid worker Lena Berg was snatched by the Sierra Front outside Goma on Friday.",
    m: ["Lena Berg", "Sierra Front:group", "Goma:place"],
    rows: ["Sierra Front -abducted-> Lena Berg"]
  },
  "A snatched B → A abducted B": {
    s: "The Red Dawn militia snatched the engineer Omar Said from his car.",
    m: ["Red Dawn:group", "Omar Said"],
    rows: ["Red Dawn -abducted-> Omar Said"]
  },
  "A took B prisoner → A abducted B": {
    s: "The Sierra Front took the surveyor Ana Vidal prisoner in May.",
    m: ["Sierra Front:group", "Ana Vidal"],
    rows: ["Sierra Front -abducted-> Ana Vidal"]
  },
  "negative: a late winner snatched in a league game": {
    s: "Porto snatched a late winner against Benfica in the league.",
    m: ["Porto:organization", "Benfica:organization"],
    rows: []
  },
  "negative: a team snatching a player from a rival before the cup final": {
    s: "Porto snatched Omar Said from Benfica before the cup final.",
    m: ["Porto:organization", "Omar Said", "Benfica:organization"],
    rows: []
  },
  "negative: let B go (a dismissal) is not read": {
    s: "The Delta Mining company let Omar Said go in March.",
    m: ["Delta Mining:organization", "Omar Said"],
    rows: []
  },
  "negative: grabbed B by the arm (a scuffle) is not read": {
    s: "A police officer, Rui Matos, grabbed Lena Berg by the arm.",
    m: ["Rui Matos", "Lena Berg"],
    rows: []
  }
};

describe("round 28 verbs: more verbs of seizing a person", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
