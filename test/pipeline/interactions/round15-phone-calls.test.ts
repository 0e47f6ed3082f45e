/**
 * Stage 07 on invented sentences (round 15): a telephone call told with no other content is a
 * meeting (docs/evaluation.md):
 * - "A held a telephone conversation with B", "A and B had a phone conversation" → A met B;
 * - "A spoke with B by telephone", "A talked to B and C over the phone" → A met each person;
 * - no call words, or no person called ("spoke to B about the floods", "spoke to a news agency
 *   by phone") → nothing.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A held a telephone conversation with B → A met B": {
    s: "The mayor of Tarma, Ines Olave, held a telephone conversation with the union leader Piotr Halas on Sunday.",
    m: ["Tarma:place", "Ines Olave", "Piotr Halas"],
    rows: ["Ines Olave -met-> Piotr Halas"]
  },
  "A and B had a phone conversation → A met B": {
    s: "Ines Olave and Piotr Halas had a phone conversation after the dam burst.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: ["Ines Olave -met-> Piotr Halas"]
  },
  "A spoke with B over the telephone → A met B": {
    s: "Ines Olave, the governor, spoke with the union leader Piotr Halas over the telephone late on Friday.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: ["Ines Olave -met-> Piotr Halas"]
  },
  "A talked to B and C over the phone → A met B, A met C": {
    s: "Ines Olave talked to Piotr Halas and Marta Kowal over the phone during the strike.",
    m: ["Ines Olave", "Piotr Halas", "Marta Kowal"],
    rows: ["Ines Olave -met-> Piotr Halas", "Ines Olave -met-> Marta Kowal"]
  },
  // A call told with its content is that content only (docs/evaluation.md; round 19, interactions/calls.ts).
  "A spoke to B over the phone and promised him … → promised only": {
    s: "Ines Olave spoke to Piotr Halas over the phone and promised him a new roof.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: ["Ines Olave -promised-> Piotr Halas"]
  },
  "negative: spoke to B with no call words is no meeting": {
    s: "Ines Olave spoke to Piotr Halas about the flood barriers on Monday.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: []
  },
  "negative: a person speaking to an outlet by phone meets no one": {
    s: "Piotr Halas spoke to the Tarma Courier by phone from the mine.",
    m: ["Piotr Halas", "Tarma Courier:organization"],
    rows: []
  },
  "negative: a phone seized is no call": {
    s: "Piotr Halas spoke to Ines Olave, whose phone was seized by the police.",
    m: ["Piotr Halas", "Ines Olave"],
    rows: []
  }
};

describe("round 15: telephone calls are meetings", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
