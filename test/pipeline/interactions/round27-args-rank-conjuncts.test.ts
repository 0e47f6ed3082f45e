/**
 * Stage 07 on invented sentences (round 27): a military or police rank written lowercase before a
 * listed name ("and privates C and D", "and constable C") lists that person with the others, as a
 * capitalised title already did (arguments.ts rankConjunct in coordinatedAfter; model
 * LOWERCASE_RANK_NOUNS).
 * Negatives: a verb after "and" ("freed Sergeant A and thanked B": B is the second verb's object,
 * not a conjunct), a reporting verb after the ranked name ("and constable B said …" opens a clause),
 * and a rank word that is no title before a name ("and private firms hired B").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'X released Sergeant A, Corporal B and privates C and D' → X released A, B, C and D": {
    s: "The Tamba Front released Sergeant Ana Vidal, Corporal Piet Claes and privates Oskar Lind and Jon Berg at the border.",
    m: ["Tamba Front:group", "Ana Vidal", "Piet Claes", "Oskar Lind", "Jon Berg"],
    rows: ["Tamba Front -released-> Ana Vidal", "Tamba Front -released-> Piet Claes", "Tamba Front -released-> Oskar Lind", "Tamba Front -released-> Jon Berg"]
  },
  "positive: 'X freed Inspector A and constable B' → X released A and B": {
    s: "The Delta Brigade freed Inspector Ana Vidal and constable Piet Claes near the port.",
    m: ["Delta Brigade:group", "Ana Vidal", "Piet Claes"],
    rows: ["Delta Brigade -released-> Ana Vidal", "Delta Brigade -released-> Piet Claes"]
  },
  "positive: 'X seized Captain A and sailors B and C' → X abducted all three": {
    s: "The Tamba Front seized Captain Ana Vidal and sailors Piet Claes and Oskar Lind off the coast.",
    m: ["Tamba Front:group", "Ana Vidal", "Piet Claes", "Oskar Lind"],
    rows: ["Tamba Front -abducted-> Ana Vidal", "Tamba Front -abducted-> Piet Claes", "Tamba Front -abducted-> Oskar Lind"]
  },
  "negative (a verb after 'and'): 'X freed Sergeant A and thanked B' → B is not released": {
    s: "The Tamba Front freed Sergeant Ana Vidal and thanked Piet Claes.",
    m: ["Tamba Front:group", "Ana Vidal", "Piet Claes"],
    rows: ["Tamba Front -released-> Ana Vidal", "Tamba Front -thanked-> Piet Claes"]
  },
  "negative (a reporting verb after the name): 'X freed Sergeant A and constable B said …' → B is not released": {
    s: "The Tamba Front freed Sergeant Ana Vidal and constable Piet Claes said the talks had failed.",
    m: ["Tamba Front:group", "Ana Vidal", "Piet Claes"],
    rows: ["Tamba Front -released-> Ana Vidal"]
  },
  "negative (no rank): 'X freed Sergeant A and private firms hired B' → B is not released": {
    s: "The Tamba Front freed Sergeant Ana Vidal and private firms hired Piet Claes.",
    m: ["Tamba Front:group", "Ana Vidal", "Piet Claes"],
    rows: ["Tamba Front -released-> Ana Vidal"]
  }
};

describe("round 27: a lowercase rank before a listed name", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
