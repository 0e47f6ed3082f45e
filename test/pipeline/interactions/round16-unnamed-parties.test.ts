/**
 * Stage 07 on invented sentences (round 16): names that only qualify an unnamed party are no party:
 * - "met Chilean officials": a lone nationality adjective before "officials" or "authorities", not the
 *   country (as "thanked Kenyan officials" already was);
 * - "the Lind family": the household of someone named Lind, not that person, as object or subject.
 * Positives kept: the country itself met; a person named before "and family" with no "the".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative: A met <nationality> officials meets no country": {
    s: "Envoy Carla Mendes met Chilean officials in the capital on Tuesday.",
    m: ["Carla Mendes", "Chilean:country"],
    rows: []
  },
  "negative: A and the next day B met <nationality> authorities": {
    s: "The consul in the port city, Rui Costa, met Peruvian authorities the next day.",
    m: ["Rui Costa", "Peruvian:country"],
    rows: []
  },
  "the country itself met still counts": {
    s: "Envoy Carla Mendes met Peru and its diplomats on Tuesday.",
    m: ["Carla Mendes", "Peru:country"],
    rows: ["Carla Mendes -met-> Peru"]
  },
  "negative: A will meet the <Surname> family": {
    s: "The governor's office said Rui Costa would meet the Lind family on Friday.",
    m: ["Rui Costa", "Lind"],
    rows: []
  },
  "negative: the <Surname> family thanked B is no act of that person": {
    s: "The Lind household thanked Rui Costa for his help.",
    m: ["Lind", "Rui Costa"],
    rows: []
  },
  "a named person before \"and family\" is still met": {
    s: "Rui Costa met Anna Lind and family at the airport.",
    m: ["Rui Costa", "Anna Lind"],
    rows: ["Rui Costa -met-> Anna Lind"]
  }
};

describe("round 16: nationality adjectives and surname families are no parties", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
