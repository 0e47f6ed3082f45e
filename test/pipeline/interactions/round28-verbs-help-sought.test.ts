/**
 * Stage 07 on invented sentences (round 28): help sought from someone is a request. "A sought / enlisted / requested the
 * help (assistance, support) of B", "A sought help from B", "A asked for the help of B" → A asked B. Negatives: help
 * sought from B's office (someone else), a club enlisting a former player before a final (a game), help sought with
 * no one named.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A sought the help of B → A asked B": {
    s: "The kidnapped pilot's wife, Rosa Pineda, sought the help of Bishop Tomas Rueda in March.",
    m: ["Rosa Pineda", "Tomas Rueda"],
    rows: ["Rosa Pineda -asked-> Tomas Rueda"]
  },
  "A enlisted the support of B → A asked B": {
    s: "Mayor Ines Duarte enlisted the support of the Red Cross to evacuate the valley.",
    m: ["Ines Duarte", "Red Cross:organization"],
    rows: ["Ines Duarte -asked-> Red Cross"]
  },
  "A sought help from B → A asked B": {
    s: "Chad sought help from Nigeria after the floods cut the southern road.",
    m: ["Chad:country", "Nigeria:country"],
    rows: ["Chad -asked-> Nigeria"]
  },
  "negative: help sought from B's office": {
    s: "Rosa Pineda sought help from Tomas Rueda's office.",
    m: ["Rosa Pineda", "Tomas Rueda"],
    rows: []
  },
  "negative: a club enlisting a former player before a final": {
    s: "The Braga Rowing Club enlisted the help of Omar Said before the final.",
    m: ["Braga Rowing Club:organization", "Omar Said"],
    rows: []
  },
  "negative: help sought with no one named": {
    s: "Rosa Pineda sought the help of neighbours, Tomas Rueda said.",
    m: ["Rosa Pineda", "Tomas Rueda"],
    rows: []
  }
};

describe("round 28 verbs: help sought is a request", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
