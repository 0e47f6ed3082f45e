/**
 * Stage 07 on invented sentences (round 27): a named subject coordinated with an unnamed group
 * written with "of" ("A and a handful of his aides met B", "A and two of his deputies thanked B",
 * "A and dozens of volunteers helped B") is still the verb's subject; the walk back to the subject
 * passes over "and <up to three words> of …" (arguments.ts unnamedPartitiveConjunct in subjectsBefore).
 * Negatives: the name before "and" is an earlier verb's object ("Police freed A and some of his
 * aides thanked B"), the name follows "of" itself ("Supporters of A and members of his party
 * criticised B"), and the name is a relational head's complement ("The wife of A and two of her
 * sons met B").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A and a handful of his aides met B' → A met B": {
    s: "Piet Claes and a handful of his aides met Ana Vidal in Tarma.",
    m: ["Piet Claes", "Tarma:place", "Ana Vidal"],
    rows: ["Piet Claes -met-> Ana Vidal"]
  },
  "positive: 'The X minister, A, and a handful of his aides met B' → A met B": {
    s: "The Tarma water minister, Piet Claes, and a handful of his aides met Ana Vidal.",
    m: ["Piet Claes", "Ana Vidal"],
    rows: ["Piet Claes -met-> Ana Vidal"]
  },
  "positive: 'A and dozens of volunteers helped the X' → A assisted X": {
    s: "Lena Roth and dozens of volunteers helped the Vale Flood Board on Sunday.",
    m: ["Lena Roth", "Vale Flood Board:organization"],
    rows: ["Lena Roth -assisted-> Vale Flood Board"]
  },
  "negative (an earlier verb's object): 'Police freed A and some of his aides thanked B' → A thanks no one": {
    s: "Police freed Piet Claes and some of his aides thanked Ana Vidal.",
    m: ["Piet Claes", "Ana Vidal"],
    rows: []
  },
  "negative (a name after 'of'): 'Supporters of A and members of his party criticised B' → no row": {
    s: "Supporters of Piet Claes and members of his party criticised Ana Vidal.",
    m: ["Piet Claes", "Ana Vidal"],
    rows: []
  },
  "negative (a relational complement): 'The wife of A and two of her sons met B' → no row": {
    s: "The wife of Piet Claes and two of her sons met Ana Vidal.",
    m: ["Piet Claes", "Ana Vidal"],
    rows: []
  }
};

describe("round 27: a named subject and an unnamed group with 'of'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
