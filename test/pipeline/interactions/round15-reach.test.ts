/**
 * Stage 07 on invented sentences (round 15): subjects and objects a little further away.
 * - "Their eldest son, A, has led the strike since May and blamed B for …" → A criticized B (the
 *   name in apposition to an opening relation is the subject of a later conjunct);
 * - "A and B … at X's Y Clinic …, after the rebels freed them" → the rebels released A and B (a
 *   place phrase with a possessive owner is no candidate for "them");
 * - "received a Z team headed by council member B" → met B (lowercase title words before the leader);
 * - "B and three other Z officials were welcomed/received … by A" → A met B (the count's body is
 *   no person met).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Their eldest son, A, has … and blamed B → A criticized B": {
    s: "Their eldest son, Piotr Halas, has led the strike at the docks since May and blamed Slovenia for the closures.",
    m: ["Piotr Halas", "Slovenia:country"],
    rows: ["Piotr Halas -criticized-> Slovenia"]
  },
  "negative: an opening name that is no apposition keeps the old reach": {
    s: "In Graz, Piotr Halas, the union's lawyer, has led the strike since May and Ines Olave blamed Slovenia.",
    m: ["Graz:place", "Piotr Halas", "Ines Olave", "Slovenia:country"],
    rows: ["Ines Olave -criticized-> Slovenia"]
  },
  "them past 'at X's Y Clinic' → the list before": {
    s: "Marta Kowal and her cousin Ines Olave rested at Graz's St Anna Clinic on Friday, a day after the Mountain Brigade freed them.",
    m: ["Marta Kowal", "Ines Olave", "Graz:place", "St Anna Clinic:organization", "Mountain Brigade:group"],
    rows: ["Mountain Brigade -released-> Marta Kowal", "Mountain Brigade -released-> Ines Olave"]
  },
  "negative: them after a single person names no list": {
    s: "Marta Kowal rested at Graz's St Anna Clinic on Friday, a day after the Mountain Brigade freed them.",
    m: ["Marta Kowal", "Graz:place", "St Anna Clinic:organization", "Mountain Brigade:group"],
    rows: []
  },
  "received a Z team headed by council member B → met B": {
    s: "The governor, Ines Olave, received a team of Dockers Union negotiators led by chief steward Piotr Halas.",
    m: ["Ines Olave", "Dockers Union:organization", "Piotr Halas"],
    rows: ["Ines Olave -met-> Piotr Halas"]
  },
  "B and three other Z officials were welcomed … by A → A met B": {
    s: "On Friday Piotr Halas and three other Dockers Union delegates were received by Ines Olave.",
    m: ["Piotr Halas", "Dockers Union:organization", "Ines Olave"],
    rows: ["Ines Olave -met-> Piotr Halas"]
  },
  "negative: officials of a body with no one named meet no person": {
    s: "Three Dockers Union officials were welcomed at the port office by Governor Ines Olave.",
    m: ["Dockers Union:organization", "Ines Olave"],
    rows: []
  }
};

describe("round 15: reach of subjects and objects", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
