/**
 * Stage 07 on invented sentences (round 24): phrasal and stronger verbs of criticism (model
 * interaction-verbs.ts: "lashed/hit out at" with flag notBodily and BODILY_ACT_WORDS; "lambasted",
 * "berated", "castigated", "chastised", "excoriated", "railed against"):
 * - "A lashed out at B, accusing him of …", "A hit out at B over the floods", "A lambasted B" → A criticized B.
 * Negatives: a blow in a game ("lashed out at B with his elbow and was sent off", "hit out at B and
 * kicked him"), and "hit" alone (no criticism).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A lashed out at B, accusing him of …' → A criticized B": {
    s: "The farmers' leader Jan de Vries lashed out at Minister Piet Claes, accusing him of ignoring the drought.",
    m: ["Jan de Vries", "Piet Claes"],
    rows: ["Jan de Vries -criticized-> Piet Claes"]
  },
  "positive: 'A hit out at B over …' → A criticized B": {
    s: "The Dockers Union hit out at the Port Authority on Monday over the new shift rota.",
    m: ["Dockers Union:organization", "Port Authority:organization"],
    rows: ["Dockers Union -criticized-> Port Authority"]
  },
  "positive: 'A lambasted B' → A criticized B": {
    s: "Senator Ana Vidal lambasted the Water Board for the late flood warnings.",
    m: ["Ana Vidal", "Water Board:organization"],
    rows: ["Ana Vidal -criticized-> Water Board"]
  },
  "negative (sport, a blow: 'lashed out at B with his elbow and was sent off'): no criticism": {
    s: "Marco Rossi lashed out at Tomas Berg with his elbow and was sent off.",
    m: ["Marco Rossi", "Tomas Berg"],
    rows: []
  },
  "negative (a fight: 'hit out at B and punched him'): no criticism": {
    s: "Kofi Boateng hit out at Omar Diallo and punched him outside the bar.",
    m: ["Kofi Boateng", "Omar Diallo"],
    rows: []
  },
  "negative (weather, plain 'hit'): no criticism": {
    s: "The storm hit the Water Board's offices in Orvik on Monday.",
    m: ["Water Board:organization", "Orvik:place"],
    rows: []
  }
};

describe("stage 07 round 24: criticism phrases", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
