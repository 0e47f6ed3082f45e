/**
 * Stage 07 on invented sentences (round 27): praise of a helper's part is thanks: "A praised / appreciated /
 * commended / hailed the (adjective) role / efforts / mediation of B" → A thanked B. Negatives: praise of a
 * performance or of courage, bare "praised B", an "of" phrase that is not the helper's.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A praised the efforts of B and C → A thanked B and C": {
    s: "Mayor Lina Ortez praised the efforts of Norway and Chile after the floods.",
    m: ["Lina Ortez", "Norway:country", "Chile:country"],
    rows: ["Lina Ortez -thanked-> Norway", "Lina Ortez -thanked-> Chile"]
  },
  "A appreciated \"the brotherly support of B\" → A thanked B": {
    s: "The union's leader, Marta Kohl, appreciated \"the brotherly support of the Dockers Guild.\"",
    m: ["Marta Kohl", "Dockers Guild:organization"],
    rows: ["Marta Kohl -thanked-> Dockers Guild"]
  },
  "negative (review 27 verbs F9): praise of a role in a film or of a life's work is no thanks": {
    s: "Director Oskar Veld praised the role of Tomas Rueda in the film.",
    m: ["Oskar Veld", "Tomas Rueda"],
    rows: []
  },
  "A commended the mediation of B → A thanked B": {
    s: "Premier Oskar Veld commended the mediation of Bishop Tomas Rueda in the strike.",
    m: ["Oskar Veld", "Tomas Rueda"],
    rows: ["Oskar Veld -thanked-> Tomas Rueda"]
  },
  "negative: praise of a performance": {
    s: "Coach Oskar Veld praised the performance of Tomas Rueda in the final.",
    m: ["Oskar Veld", "Tomas Rueda"],
    rows: []
  },
  "negative: bare 'praised B'": {
    s: "Oskar Veld praised Tomas Rueda.",
    m: ["Oskar Veld", "Tomas Rueda"],
    rows: []
  },
  "negative: the role of someone's thing, not of B": {
    s: "Oskar Veld hailed the role of the new dam in protecting Tarsa.",
    m: ["Oskar Veld", "Tarsa:place"],
    rows: []
  }
};

describe("findInteractions: praise of a helper's role or efforts is thanks (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
