/**
 * Stage 07 on invented sentences (round 33): a matter raised in a letter to someone is a request of them. "A raised
 * the crew's plight in a handwritten letter to B", "A raised the missing sailors again in June, in a letter to B" → A
 * asked B. Not money or an alarm raised, not a passive with no asker, not a letter to a place.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A raised X in a <modified> letter to B → A asked B": {
    s: "Jonas Eke raised the crew's plight in a handwritten letter to the Red Hand.",
    m: ["Jonas Eke", "Red Hand:organization"],
    rows: ["Jonas Eke -asked-> Red Hand"],
    rule: "nominal-raised-in-letter"
  },
  "A raised X again in <month>, in a letter to B → A asked B": {
    s: "Ms Lund raised the missing sailors again in June, in a letter to the Coastal Brigade that her aides call blunt.",
    m: ["Ms Lund", "Coastal Brigade:organization"],
    rows: ["Ms Lund -asked-> Coastal Brigade"]
  },
  "A union raised the pay dispute in an open letter to a company → asked": {
    s: "The Velm Miners Union raised the pay dispute in an open letter to Acme Steel on Monday.",
    m: ["Velm Miners Union:organization", "Acme Steel:organization"],
    rows: ["Velm Miners Union -asked-> Acme Steel"]
  },
  "negative: money raised": {
    s: "Ana Lee raised 2 million euros in a letter to Acme Steel.",
    m: ["Ana Lee", "Acme Steel:organization"],
    rows: []
  },
  "negative: an alarm raised": {
    s: "Ana Lee raised the alarm in a letter to Acme Steel.",
    m: ["Ana Lee", "Acme Steel:organization"],
    rows: []
  },
  "negative: a passive with no asker": {
    s: "The issue was raised in a letter to Acme Steel.",
    m: ["Acme Steel:organization"],
    rows: []
  },
  "negative: a letter to a place": {
    s: "Ana Lee raised the matter in a letter to Velm.",
    m: ["Ana Lee", "Velm:place"],
    rows: []
  }
};

describe("stage 07, round 33: matters raised in letters", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
