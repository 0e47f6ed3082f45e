/**
 * Stage 07 on invented sentences (round 17): the one person an "including" apposition names is the
 * subject of the verb after it, also when written with an abbreviated rank or after a lowercase
 * description in commas:
 * - "The crew, including Lt. B, were freed by A" → A released B;
 * - "The passengers, including the ship's doctor, Dr. B, were released by A" → A released B.
 * Negatives: a named body in the description, and sports and business sentences of the same
 * shape with no named agent or no interaction verb.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "The crew, including <rank>. B, were freed by A → A released B": {
    s: "The crew, including Lt. Sergio Ribeiro, were freed by the Lowland Front on Monday.",
    m: ["Sergio Ribeiro", "Lowland Front:organization"],
    rows: ["Lowland Front -released-> Sergio Ribeiro"]
  },
  "The passengers, including the ship's doctor, Dr. B, were released by A → A released B": {
    s: "The passengers, including the ship's doctor, Dr. Ines Mota, were released by the Lowland Front.",
    m: ["Ines Mota", "Lowland Front:organization"],
    rows: ["Lowland Front -released-> Ines Mota"]
  },
  "negative: a description naming a body is no lowercase description": {
    s: "The crew, including the Lowland Front's envoy, Sergio Ribeiro, were freed by Zambia.",
    m: ["Lowland Front's:organization", "Sergio Ribeiro", "Zambia:country"],
    rows: []
  },
  "negative (sport): the squad's captain criticized by unnamed fans": {
    s: "The squad, including the captain, Dario Bellini, was criticized by fans after the final.",
    m: ["Dario Bellini"],
    rows: []
  },
  "negative (business): the board's chairman sued by a named firm is no interaction verb": {
    s: "The board, including the chairman, Achol Akech, was sued by Orbis on Monday.",
    m: ["Achol Akech", "Orbis:organization"],
    rows: []
  }
};

describe("round 17: one person named in an 'including' apposition", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
