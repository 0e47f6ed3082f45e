/**
 * Stage 07 on invented sentences (round 28): "he/she" right after a colon or semicolon goes on with
 * the one person the clause before it names: "X's minister, A, was less generous: he accused C",
 * "A did not hold back; she accused C" (arguments.ts personBeforeMark in resolvePronoun).
 * Negatives: two persons before the mark ("A met B on Monday: he thanked C"), a pronoun of the
 * other sex, and a quotation opened before the mark (someone's words).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A spoke for an hour on Sunday: he accused B of …' → A criticized B": {
    s: "Coach Tomas Berg spoke for an hour on Sunday: he accused the Tarma Rowing Club of doping.",
    m: ["Tomas Berg", "Tarma Rowing Club:organization"],
    rows: ["Tomas Berg -criticized-> Tarma Rowing Club"]
  },
  "positive: 'A did not hold back: she accused B of …' → A criticized B": {
    s: "Senator Ana Ruiz did not hold back: she accused Governor Paul Mendes of hiding the flood report.",
    m: ["Ana Ruiz", "Paul Mendes"],
    rows: ["Ana Ruiz -criticized-> Paul Mendes"]
  },
  "positive: 'A was grateful; he thanked B for …' → A thanked B": {
    s: "The rescued climber, Omar Saleh, was grateful; he thanked the Andes Rescue Corps for its patience.",
    m: ["Omar Saleh", "Andes Rescue Corps:organization"],
    rows: ["Omar Saleh -thanked-> Andes Rescue Corps"]
  },
  "negative (two persons before the mark): 'A met B on Monday: he thanked C' → only A met B": {
    s: "Mayor Daniel Ortiz met Tomas Berg on Monday: he thanked the Andes Rescue Corps for the pumps.",
    m: ["Daniel Ortiz", "Tomas Berg", "Andes Rescue Corps:organization"],
    rows: ["Daniel Ortiz -met-> Tomas Berg"]
  },
  "negative (the other sex): 'Senator Ana Ruiz did not hold back: he accused B' → no row": {
    s: "Senator Ana Ruiz did not hold back: he accused Governor Paul Mendes of hiding the report.",
    m: ["Ana Ruiz", "Paul Mendes"],
    rows: []
  },
  "negative (a quotation before the mark): 'A said: \"The coach is right: he thanked B\"' → no row": {
    s: "Tomas Berg wrote: \"Our coach was right: he thanked the Andes Rescue Corps first.\"",
    m: ["Tomas Berg", "Andes Rescue Corps:organization"],
    rows: []
  }
};

describe("round 28: a pronoun after a colon or semicolon", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
