/**
 * Stage 07, round 32 (subjects): a name that closes an opener's apposition ("On the suggestion of the trade minister
 * of X, B, A met C") is no conjunct of the subject after it: only A met C (arguments.ts coordinatedBefore: a bare
 * comma joins a name only when the name opens the clause, and not after another comma). Before, B and even X were
 * read as A's co-subjects, and each "met" C.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "On the suggestion of the trade minister of X, B, A met C": {
    s: "On the suggestion of the Trade Minister of Chile, Ana Lopes, Mark Hale met Tomas Berg in Lima.",
    m: ["Chile:country", "Ana Lopes", "Mark Hale", "Tomas Berg", "Lima:place"],
    rows: ["Mark Hale -met-> Tomas Berg"]
  },
  "With the backing of the club's chairman, B, A criticised C": {
    s: "With the backing of the club's chairman, Jonas Eke, Pia Lund criticised the Aire Rovers board.",
    m: ["Jonas Eke", "Pia Lund", "Aire Rovers:organization"],
    rows: ["Pia Lund -criticized-> Aire Rovers"]
  },
  "At the invitation of the mayor, B, A visited C": {
    s: "At the invitation of the mayor of Lagoa, Rita Cruz, Ana Lopes visited Porto Alto on Friday.",
    m: ["Lagoa:place", "Rita Cruz", "Ana Lopes", "Porto Alto:place"],
    d: ["Friday"],
    rows: ["Ana Lopes -visited-> Porto Alto"]
  },
  "negative: a list with 'and' keeps every conjunct": {
    s: "Ana Lopes, Mark Hale and Rita Cruz met Tomas Berg in Lima.",
    m: ["Ana Lopes", "Mark Hale", "Rita Cruz", "Tomas Berg", "Lima:place"],
    rows: ["Ana Lopes -met-> Tomas Berg", "Mark Hale -met-> Tomas Berg", "Rita Cruz -met-> Tomas Berg"]
  },
  "negative: a first conjunct with an apposition before 'and' ('B, the union's lawyer, and A met C') still meets": {
    s: "Rita Cruz, the union's lawyer, and Ana Lopes met Tomas Berg in Lima.",
    m: ["Rita Cruz", "Ana Lopes", "Tomas Berg", "Lima:place"],
    rows: ["Ana Lopes -met-> Tomas Berg", "Rita Cruz -met-> Tomas Berg"]
  }
};

describe("round 32: 'On the suggestion of X's minister, B, A met C' → only A met C", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
