/**
 * Stage 07 on invented sentences (round 25): talks opened or held as negotiations (model
 * interaction-verbs.ts). "A opened / began / entered (into) / resumed talks or negotiations with B",
 * "A held negotiations with B" → A negotiated with B; "A and B resumed talks" → A negotiated with B. Not
 * after "to" ("refused to open talks with B"), and a thing after "with" is no party ("opened talks with a
 * speech").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A opened talks with B over …' → A negotiated B": {
    s: "Chile opened talks with Peru over the seized trawlers.",
    m: ["Chile:country", "Peru:country"],
    rows: ["Chile -negotiated-> Peru"]
  },
  "positive: 'A entered into negotiations with B' → A negotiated B": {
    s: "The Miners Union entered into negotiations with Nordkobber on Monday.",
    m: ["Miners Union:organization", "Nordkobber:organization"],
    rows: ["Miners Union -negotiated-> Nordkobber"]
  },
  "positive: 'A and B resumed talks in X' → A negotiated B": {
    s: "Chile and Peru resumed talks in Lima on the maritime border.",
    m: ["Chile:country", "Peru:country", "Lima:place"],
    rows: ["Chile -negotiated-> Peru"]
  },
  "positive: 'A held negotiations with B for weeks' → A negotiated B": {
    s: "The Delta Brigade held negotiations with Togo for weeks.",
    m: ["Delta Brigade:group", "Togo:country"],
    rows: ["Delta Brigade -negotiated-> Togo"]
  },
  "negative (a refusal: 'refused to open talks with B'): no negotiation": {
    s: "Chile refused to open talks with Peru.",
    m: ["Chile:country", "Peru:country"],
    rows: []
  },
  "negative (a readiness: 'is ready to begin negotiations with B'): no negotiation": {
    s: "The Miners Union is ready to begin negotiations with Nordkobber.",
    m: ["Miners Union:organization", "Nordkobber:organization"],
    rows: []
  },
  "negative (a speech: 'opened talks with a speech on B'): no party": {
    s: "Governor Paul Brandt opened talks with a speech on Orvik's floods.",
    m: ["Paul Brandt", "Orvik:place"],
    rows: []
  }
};

describe("round 25: opened talks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
