/**
 * Stage 07 on invented sentences (round 17): an agreement reached, named with its parties after
 * "between", is a negotiation between them (model/interaction-verbs.ts AGREEMENT_NOUNS):
 * - "the ceasefire agreement between A and B" → A negotiated B;
 * - "the deal between A, B and C" → A negotiated B, A negotiated C.
 * Negatives: a truce that only holds (no agreement noun), unnamed sides, a merger deal (business)
 * and a transfer deal (sport).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "the ceasefire agreement between A and B → A negotiated B": {
    s: "Fighting stopped under the ceasefire agreement between Zambia and the Lowland Front.",
    m: ["Zambia:country", "Lowland Front:organization"],
    rows: ["Zambia -negotiated-> Lowland Front"]
  },
  "the deal between A, B and C → A negotiated B and C": {
    s: "The prisoner deal between Malawi, Fiji and Iceland was published on Monday.",
    m: ["Malawi:country", "Fiji:country", "Iceland:country"],
    rows: ["Malawi -negotiated-> Fiji", "Malawi -negotiated-> Iceland"]
  },
  "negative: a truce that holds is no agreement noun": {
    s: "The truce between Zambia and the Lowland Front held for a week.",
    m: ["Zambia:country", "Lowland Front:organization"],
    rows: []
  },
  "negative: an agreement between unnamed sides names no one": {
    s: "Zambia said the agreement between the two sides would hold.",
    m: ["Zambia:country"],
    rows: []
  },
  "negative (business): a merger deal between two companies": {
    s: "The merger deal between Orbis and Helix Systems was approved by regulators.",
    m: ["Orbis:organization", "Helix Systems:organization"],
    rows: []
  },
  "negative (sport): a transfer deal between two clubs": {
    s: "The transfer deal between Ruvuma United and Lusaka Stars collapsed.",
    m: ["Ruvuma United:organization", "Lusaka Stars:organization"],
    rows: []
  }
};

describe("round 17: agreements between named parties", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
