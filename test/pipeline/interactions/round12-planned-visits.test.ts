/**
 * Stage 07 on invented sentences (round 12): a trip announced with "is due in X" / "is
 * expected (back) in X" is a planned visit, only when X is a place and the traveller no place.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const plannedCases: Record<string, Case> = {
  "A is expected back in X next week to <verb> → A visited X, planned": {
    s: "The flood envoy Karl Dahl is expected back in Tarsa next week to meet the farmers.",
    m: ["Karl Dahl", "Tarsa:place"],
    rows: ["Karl Dahl -visited-> Tarsa"],
    modality: "planned"
  },
  "a <group> delegation is due in X on <day> → the group visited X, planned": {
    s: "A Sierra Front delegation is due in Oslo on Monday.",
    m: ["Sierra Front:group", "Oslo:place"],
    rows: ["Sierra Front -visited-> Oslo"],
    modality: "planned"
  },
  "A, the union's lawyer, was due in X that week → A visited X, planned": {
    s: "Ines Moura, the union's lawyer, was due in Velm that week for the strike hearings.",
    m: ["Ines Moura", "Velm:place"],
    rows: ["Ines Moura -visited-> Velm"],
    modality: "planned"
  },
  "negative: weather 'expected in X' has no traveller": {
    s: "Heavy rain is expected in Tarsa on Friday, Ines Moura warned.",
    m: ["Tarsa:place", "Ines Moura"],
    rows: []
  },
  "negative: a thing due in X (a report) is no visit of the speaker": {
    s: "Karl Dahl said the report was due in Lima on Friday.",
    m: ["Karl Dahl", "Lima:place"],
    rows: []
  },
  "negative: 'due in' without a place names no destination": {
    s: "Ines Moura is due in court on Friday.",
    m: ["Ines Moura"],
    rows: []
  }
};

describe("findInteractions: a trip announced with 'is due in X' is a planned visit", () => {
  it.each(Object.entries(plannedCases))("%s", (_label, c) => check(c));
});
