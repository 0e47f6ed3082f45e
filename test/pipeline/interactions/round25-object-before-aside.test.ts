/**
 * Stage 07 on invented sentences (round 25): in "X <verb> B, <aside>, and <verb2> C" the name B
 * after a lowercase word is the first verb's object, so it is not the subject "and <verb2>" shares,
 * however the aside is written (arguments.ts subjectsBefore, objectBefore):
 * - "Police freed B, the head of the union, and thanked C" → no row for B.
 * Negatives (rows that stay): the apposed name of an object keeps the first subject ("A met the mayor,
 * B, and thanked her" → A thanked B), a subject with an aside and no "and" ("B, the head of the union,
 * thanked C"), and a named subject before the object ("A met B, the US envoy, and thanked C" → A thanked C).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'Police freed B, the head of the union, and thanked C' → no B row": {
    s: "Coastguards rescued Piet Claes, the head of the ferry union, and thanked Ana Vidal.",
    m: ["Piet Claes", "Ana Vidal"],
    rows: []
  },
  "positive: 'Police freed B, after a raid, and thanked C' → no B row": {
    s: "Soldiers freed Jonas Dahl, after a dawn raid, and thanked Lena Roth.",
    m: ["Jonas Dahl", "Lena Roth"],
    rows: []
  },
  "positive: 'rescued nurse B, 34, and thanked C' (a title before the object) → no B row": {
    s: "Divers rescued nurse Maria Keller, a mother of two, and thanked Kofi Boateng.",
    m: ["Maria Keller", "Kofi Boateng"],
    rows: []
  },
  "negative (the apposed name of an object: 'A met the mayor, B, and thanked her'): A thanked B": {
    s: "Jonas Dahl met the mayor, Ana Vidal, and thanked her.",
    m: ["Jonas Dahl", "Ana Vidal"],
    rows: ["Jonas Dahl -met-> Ana Vidal", "Jonas Dahl -thanked-> Ana Vidal"]
  },
  "negative (a subject with an aside, no 'and'): 'B, the head of the union, thanked C' stays": {
    s: "Piet Claes, the head of the ferry union, thanked Ana Vidal.",
    m: ["Piet Claes", "Ana Vidal"],
    rows: ["Piet Claes -thanked-> Ana Vidal"]
  },
  "negative (a named subject: 'A met B, the envoy, and thanked C'): A thanked C": {
    s: "Lena Roth met Kofi Boateng, the Ghanaian envoy, and thanked Piet Claes.",
    m: ["Lena Roth", "Kofi Boateng", "Piet Claes"],
    rows: ["Lena Roth -met-> Kofi Boateng", "Lena Roth -thanked-> Piet Claes"]
  },
  "negative (the subject opens the clause: 'A arrived in X on Monday, the first day of the talks, and thanked C'): A thanked C": {
    s: "Lena Roth arrived in Oslo on Monday, the first day of the talks, and thanked Jonas Dahl.",
    m: ["Lena Roth", "Oslo:place", "Jonas Dahl"],
    d: ["on Monday"],
    rows: ["Lena Roth -thanked-> Jonas Dahl", "Lena Roth -visited-> Oslo"]
  }
};

describe("stage 07 round 25: an object before an aside and 'and <verb>'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
