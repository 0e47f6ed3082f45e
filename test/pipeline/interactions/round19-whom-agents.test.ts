/**
 * Stage 07 on invented sentences (round 19): an object relative clause after a passive's agent, and
 * a relative clause's subject after its capitalised title (find-interactions.ts relativeHead,
 * agentHead):
 * - "The release was arranged by B, whom A had asked for help" → A asked B;
 * - "B, whom Deputy Foreign Minister A had asked to mediate, flew to X" → A asked B;
 * - "The talks were led by B, whom Latvian President A had thanked" → A thanked B.
 * Negatives: a head that is no person (sport: a club after "by"), "whose" (business: no object
 * relative).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "brokered by B, whom A had asked for help → A asked B": {
    s: "A truce between the two clans was brokered by Ruben Osk, whom Dagny Holt had asked for help after the floods.",
    m: ["Ruben Osk", "Dagny Holt"],
    rows: ["Dagny Holt -asked-> Ruben Osk"]
  },
  "B, whom Deputy Foreign Minister A had asked to mediate → A asked B": {
    s: "Ruben Osk, whom Deputy Foreign Minister Dagny Holt had asked to mediate, flew to Skopje.",
    m: ["Ruben Osk", "Dagny Holt", "Skopje:place"],
    rows: ["Dagny Holt -asked-> Ruben Osk", "Ruben Osk -visited-> Skopje"]
  },
  "led by B, whom Latvian President A had thanked → A thanked B": {
    s: "The talks were led by Ruben Osk, whom Latvian President Dagny Holt had thanked twice.",
    m: ["Ruben Osk", "Dagny Holt"],
    rows: ["Dagny Holt -thanked-> Ruben Osk"]
  },
  "negative (sport): a club after 'by' is no person": {
    s: "The cup was won by Harbourside Rovers, whom Millbrook Athletic had thanked for the pitch.",
    m: ["Harbourside Rovers:organization", "Millbrook Athletic:organization"],
    rows: []
  },
  "negative (business): 'whose' opens no object relative": {
    s: "The shares were bought by Greta Volk, whose lender Kelmar Bank had asked for a guarantee.",
    m: ["Greta Volk", "Kelmar Bank:organization"],
    rows: []
  }
};

describe("round 19: object relatives after agents and titles", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
