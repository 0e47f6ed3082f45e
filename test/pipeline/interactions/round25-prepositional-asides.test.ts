/**
 * Stage 07 on invented sentences (round 25): an aside of time or occasion opened by a preposition
 * between a subject and its verb (model argument-words.ts ASIDE_PREPOSITIONS: "after", "before",
 * "during", "following", "despite", "amid") is passed over whole, and a name inside it never acts:
 * - "A, after meeting B, thanked C", "A, during a visit to X, met C", "A, despite the row, accused C" → A acts.
 * Negatives: the name inside the aside ("A, after B, thanked C": B thanks no one), and an aside after
 * an object ("Police freed A, after a raid, and thanked C": A thanks no one).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A, after meeting B, thanked C' → A thanked C": {
    s: "Lena Roth, after meeting Jonas Dahl in Bergen, thanked Kofi Boateng for the boats.",
    m: ["Lena Roth", "Jonas Dahl", "Bergen:place", "Kofi Boateng"],
    rows: ["Lena Roth -thanked-> Kofi Boateng"]
  },
  "positive: 'A, during a visit to X, met C' → A met C": {
    s: "Ana Vidal, during a visit to the flooded delta, met Piet Claes.",
    m: ["Ana Vidal", "Piet Claes"],
    rows: ["Ana Vidal -met-> Piet Claes"]
  },
  "positive: 'The <body>, despite the row, accused C of …' → the body criticized C": {
    s: "The Dockers Union, despite the row over pensions, accused the Port Authority of stalling.",
    m: ["Dockers Union:organization", "Port Authority:organization"],
    rows: ["Dockers Union -criticized-> Port Authority"]
  },
  "positive: 'A, following talks in X, asked C to …' → A asked C": {
    s: "Chile, following talks in Lima, asked Peru to reopen the border.",
    m: ["Chile:country", "Lima:place", "Peru:country"],
    rows: ["Chile -asked-> Peru"]
  },
  "negative (the name inside the aside: 'A, after B, thanked C'): only A thanks": {
    s: "Marco Rossi, after Tomas Berg, thanked Kofi Boateng.",
    m: ["Marco Rossi", "Tomas Berg", "Kofi Boateng"],
    rows: ["Marco Rossi -thanked-> Kofi Boateng"]
  },
  "negative (no aside preposition: 'A, at least two of the players, thanked C'): no row": {
    s: "Marco Rossi, at least two of the players, thanked Kofi Boateng.",
    m: ["Marco Rossi", "Kofi Boateng"],
    rows: []
  }
};

describe("stage 07 round 25: prepositional asides between subject and verb", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
