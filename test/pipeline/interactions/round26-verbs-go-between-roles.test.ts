/**
 * Stage 07 on invented sentences (round 26): a go-between's role told with a bare noun or "for" both sides.
 * "A acted / served as intermediary / go-between / mediator between B and C" and "A served as (a) go-between /
 * an intermediary for B and C" mean A mediated B and C (model interaction-verbs.ts; "for" opens the sides as
 * "between" does, find-interactions.ts objectsOf, so one client is no go-between).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A served as go-between for B and C' → A mediated B and C": {
    s: "Ghana served as go-between for Togo and Benin during the border dispute.",
    m: ["Ghana:country", "Togo:country", "Benin:country"],
    rows: ["Ghana -mediated-> Togo", "Ghana -mediated-> Benin"]
  },
  "positive: 'A acted as an intermediary for B and C' → A mediated B and C": {
    s: "Father Tom Hale acted as an intermediary for the Miners Union and Acme Mining.",
    m: ["Tom Hale", "Miners Union:organization", "Acme Mining:organization"],
    rows: ["Tom Hale -mediated-> Miners Union", "Tom Hale -mediated-> Acme Mining"]
  },
  "positive: 'A acted as intermediary between B and C' (no article) → A mediated B and C": {
    s: "The Red Cross acted as intermediary between the Sierra Front and the Delta Brigade.",
    m: ["Red Cross:organization", "Sierra Front:group", "Delta Brigade:group"],
    rows: ["Red Cross -mediated-> Sierra Front", "Red Cross -mediated-> Delta Brigade"]
  },
  "negative (one client: 'acted as an intermediary for B in the sale'): no mediation": {
    s: "Acme Bank acted as an intermediary for Joe Bell in the sale of the farm.",
    m: ["Acme Bank:organization", "Joe Bell"],
    rows: []
  },
  "negative ('refused to act as go-between for B and C'): no mediation": {
    s: "Ghana refused to act as go-between for Togo and Benin.",
    m: ["Ghana:country", "Togo:country", "Benin:country"],
    rows: []
  }
};

describe("round 26: go-between roles", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
