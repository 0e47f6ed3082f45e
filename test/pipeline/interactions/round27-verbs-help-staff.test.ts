/**
 * Stage 07 on invented sentences (round 27): help to an institution's people is help to the institution: "A
 * is helping staff at B", "A helped doctors of B" → A assisted B. Negatives: a place after "at" (a town's
 * people), a team's players (no staff noun).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A has been helping staff at B → A assisted B": {
    s: "The Tarsa Lions Club has been helping staff at the Velm Children's Hospital since the fire.",
    m: ["Tarsa Lions Club:organization", "Velm Children's Hospital:organization"],
    rows: ["Tarsa Lions Club -assisted-> Velm Children's Hospital"]
  },
  "A helped doctors of B treat … → A assisted B": {
    s: "Medics Without Frontiers helped doctors of the Norvik General Hospital treat the burns.",
    m: ["Medics Without Frontiers:organization", "Norvik General Hospital:organization"],
    rows: ["Medics Without Frontiers -assisted-> Norvik General Hospital"]
  },
  "negative: workers at a place are a town's people": {
    s: "The Tarsa Lions Club helped workers at Velm clear the roads.",
    m: ["Tarsa Lions Club:organization", "Velm:place"],
    rows: []
  },
  "negative: a team's players are no staff noun": {
    s: "The Tarsa Lions Club helped players from Velm United.",
    m: ["Tarsa Lions Club:organization", "Velm United:organization"],
    rows: []
  }
};

describe("findInteractions: help to an institution's staff is help to it (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
