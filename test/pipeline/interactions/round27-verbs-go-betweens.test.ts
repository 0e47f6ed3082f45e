/**
 * Stage 07 on invented sentences (round 27): a go-between's messages carried one way, "A passed / carried /
 * relayed <messages, proposals, replies …> from B to C" → A mediated B and C. Negatives: no noun of a
 * message (a ball, supplies), two places (the post), "from" with one side only.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A passed messages from B to C → A mediated B and C": {
    s: "For six weeks, Bishop Tomas Rueda passed messages from the Delta Front to the provincial government.",
    m: ["Tomas Rueda", "Delta Front:group", "provincial government:organization"],
    rows: ["Tomas Rueda -mediated-> Delta Front", "Tomas Rueda -mediated-> provincial government"]
  },
  "A relayed proposals from B to C → A mediated B and C": {
    s: "Norway relayed written proposals from the Mining Union to Kastor Metals throughout the strike.",
    m: ["Norway:country", "Mining Union:organization", "Kastor Metals:organization"],
    rows: ["Norway -mediated-> Mining Union", "Norway -mediated-> Kastor Metals"]
  },
  "A carried messages from <person> to <group> → A mediated both": {
    s: "Elder Hamid Baro carried messages from Governor Sani Oyo to Musa Dan, the kidnappers' leader.",
    m: ["Hamid Baro", "Sani Oyo", "Musa Dan"],
    rows: ["Hamid Baro -mediated-> Sani Oyo", "Hamid Baro -mediated-> Musa Dan"]
  },
  "negative: a ball passed from B to C is a game": {
    s: "Midfielder Hamid Baro passed the ball from Musa Dan to Sani Oyo.",
    m: ["Hamid Baro", "Musa Dan", "Sani Oyo"],
    rows: []
  },
  "negative: supplies carried from one place to another": {
    s: "The Red Cross carried supplies from Tarsa to Velm.",
    m: ["Red Cross:organization", "Tarsa:place", "Velm:place"],
    rows: []
  },
  "negative: letters carried between two towns (the post)": {
    s: "Couriers of Nordpost carried letters from Tarsa to Velm.",
    m: ["Nordpost:organization", "Tarsa:place", "Velm:place"],
    rows: []
  },
  "negative: a message from B with no receiver named": {
    s: "Hamid Baro passed a message from Sani Oyo to reporters.",
    m: ["Hamid Baro", "Sani Oyo"],
    rows: []
  }
};

describe("findInteractions: a go-between's messages carried from one side to the other (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
