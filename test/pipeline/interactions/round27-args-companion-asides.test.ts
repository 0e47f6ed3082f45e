/**
 * Stage 07 on invented sentences (round 27): an aside "alongside B" or "as well as B" between a
 * subject and its verb adds companions who act with the subject ("A, alongside B, met C" → A and B
 * met C), as "along/together with" already did; "alongside B" no longer replaces A by B
 * (arguments.ts companionAside in appositionSubjects; model COMPANION_ASIDE_OPENERS).
 * Negatives: the name before the aside is an earlier verb's object ("X freed A, alongside B, and
 * thanked C": neither thanks) and a companion phrase that is no list ending at the comma ("A,
 * alongside B's husband, met C": B does not meet C).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A, alongside B, met C' → A met C, B met C": {
    s: "Ana Vidal, alongside Piet Claes, met Oskar Lind in Tarma.",
    m: ["Ana Vidal", "Piet Claes", "Oskar Lind", "Tarma:place"],
    rows: ["Ana Vidal -met-> Oskar Lind", "Piet Claes -met-> Oskar Lind"]
  },
  "positive: 'A, as well as B and the X, criticised C' → all three criticized C": {
    s: "Ana Vidal, as well as Piet Claes and the Vale Rowing Union, criticised the Tarma Water Board.",
    m: ["Ana Vidal", "Piet Claes", "Vale Rowing Union:organization", "Tarma Water Board:organization"],
    rows: ["Ana Vidal -criticized-> Tarma Water Board", "Piet Claes -criticized-> Tarma Water Board", "Vale Rowing Union -criticized-> Tarma Water Board"]
  },
  "negative (an earlier verb's object): 'X freed A, alongside B, and thanked C' → only X's rows": {
    s: "The Delta Brigade freed Ana Vidal, alongside Piet Claes, and thanked Oskar Lind.",
    m: ["Delta Brigade:group", "Ana Vidal", "Piet Claes", "Oskar Lind"],
    rows: ["Delta Brigade -released-> Ana Vidal", "Delta Brigade -thanked-> Oskar Lind"]
  },
  "negative (no list ending at the comma): 'A, alongside B's husband, met C' → only A met C": {
    s: "Ana Vidal, alongside Lena Roth's husband, met Oskar Lind.",
    m: ["Ana Vidal", "Lena Roth", "Oskar Lind"],
    rows: ["Ana Vidal -met-> Oskar Lind"]
  }
};

describe("round 27: companions in an aside after the subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
