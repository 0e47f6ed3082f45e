/**
 * Stage 07 on invented sentences (round 24): a conjunct after "and" that is a possessive country or body
 * owning a titled person stands for that person (arguments.ts coordinatedAfter, ownedPerson):
 * - "A thanked B and Ruritania's King C" → A thanked B and King C (not Ruritania);
 * - "A met B and Borduria's Foreign Minister C" → A met B and C.
 * Negatives: a possessive body owning no person ("thanked B and Ruritania's police service") stays the
 * body; a country alone after "and" stays itself.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A thanked B and <country>'s King C' → A thanked King C": {
    s: "At the prize ceremony Piet Claes thanked Ana Vidal and Ruritania's King Otto IV for their support.",
    m: ["Piet Claes", "Ana Vidal", "Ruritania:country", "King Otto IV"],
    rows: ["Piet Claes -thanked-> Ana Vidal", "Piet Claes -thanked-> King Otto IV"]
  },
  "positive: 'A met B and <country>'s Foreign Minister C' → A met C": {
    s: "Piet Claes met Ana Vidal and Borduria's Foreign Minister Kofi Boateng in Vienna.",
    m: ["Piet Claes", "Ana Vidal", "Borduria:country", "Kofi Boateng", "Vienna:place"],
    rows: ["Piet Claes -met-> Ana Vidal", "Piet Claes -met-> Kofi Boateng"]
  },
  "negative (a body owning no person: 'thanked B and <country>'s police service'): the country stays": {
    s: "Piet Claes thanked Ana Vidal and Ruritania's police service for the rescue.",
    m: ["Piet Claes", "Ana Vidal", "Ruritania:country"],
    rows: ["Piet Claes -thanked-> Ana Vidal", "Piet Claes -thanked-> Ruritania"]
  },
  "negative (a country alone: 'thanked B and Borduria'): the country stays": {
    s: "Piet Claes thanked Ana Vidal and Borduria for their help.",
    m: ["Piet Claes", "Ana Vidal", "Borduria:country"],
    rows: ["Piet Claes -thanked-> Ana Vidal", "Piet Claes -thanked-> Borduria"]
  }
};

describe("stage 07 round 24: titled conjuncts owned by a country", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
