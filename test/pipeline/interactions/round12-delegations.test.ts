/**
 * Stage 07 on invented sentences (round 12): the person who led a delegation named in a
 * relative clause acts with it ("P headed a X delegation which met B"), and "came to X" is a
 * trip to a place. Each block has negatives.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const leaderCases: Record<string, Case> = {
  "P headed the <group> delegation which met B → the group and P met B": {
    s: "Ana Leon headed the Sierra Front delegation which met Interior Minister Karl Dahl in Velm.",
    m: ["Ana Leon", "Sierra Front:group", "Karl Dahl", "Velm:place"],
    rows: ["Sierra Front -met-> Karl Dahl", "Ana Leon -met-> Karl Dahl"]
  },
  "P led a <org> delegation that thanked B → the org and P thanked B": {
    s: "On Friday Tomas Vik led a Dockers Union delegation that thanked Mayor Ines Moura for the talks.",
    m: ["Tomas Vik", "Dockers Union:organization", "Ines Moura"],
    rows: ["Dockers Union -thanked-> Ines Moura", "Tomas Vik -thanked-> Ines Moura"]
  },
  "negative: a delegation the person only joined names no leader": {
    s: "Ana Leon joined a Sierra Front delegation that met Karl Dahl.",
    m: ["Ana Leon", "Sierra Front:group", "Karl Dahl"],
    rows: ["Sierra Front -met-> Karl Dahl"]
  }
};

describe("findInteractions: the leader of a delegation in a relative clause acts with it", () => {
  it.each(Object.entries(leaderCases))("%s", (_label, c) => check(c));
});

const cameCases: Record<string, Case> = {
  "a <group> delegation came to X last <month> → the group visited X": {
    s: "The talks stalled after a Delta Brigade delegation came to Oslo in the spring.",
    m: ["Delta Brigade:group", "Oslo:place"],
    rows: ["Delta Brigade -visited-> Oslo"]
  },
  "A, the envoy, comes to X every month → A visited X": {
    s: "Karl Dahl, the union's envoy, comes to Tarsa every month.",
    m: ["Karl Dahl", "Tarsa:place"],
    rows: ["Karl Dahl -visited-> Tarsa"]
  },
  "negative: 'came to power in X' is no trip": {
    s: "The Delta Brigade came to power in Velm in 2019.",
    m: ["Delta Brigade:group", "Velm:place"],
    rows: []
  },
  "negative: 'came to the aid of B' is no visit": {
    s: "Chile came to the aid of Peru after the floods.",
    m: ["Chile:country", "Peru:country"],
    rows: []
  }
};

describe("findInteractions: 'came to X' is a trip to a place", () => {
  it.each(Object.entries(cameCases))("%s", (_label, c) => check(c));
});
