/**
 * Stage 07 on invented sentences (round 16): verbs in shapes the earlier rules missed:
 * - a quoted verb whose closing quote stands before its preposition ("had \"directly negotiated\"
 *   with B and C") keeps its "with" object;
 * - the perfect's participle of a call ("has spoken to B over the phone") is a call like "spoke";
 * - "A thanked <a body> and said he had met B": "he" is the person opening the sentence when no
 *   other person stands before "and".
 * Negatives: a quote that closes a quotation, no call words, another person before "and".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A had \"directly negotiated\" with B and C → A negotiated with each": {
    s: "The mayor said trade envoy Oskar Lind had \"directly negotiated\" with the Copper Union and the Harbour Guild over the strike.",
    m: ["Oskar Lind", "Copper Union:organization", "Harbour Guild:organization"],
    rows: ["Oskar Lind -negotiated-> Copper Union", "Oskar Lind -negotiated-> Harbour Guild"]
  },
  "A \"talked\" with B (no adverb) → A negotiated with B": {
    s: "Oskar Lind negotiated\" with the Copper Union for a week.",
    m: ["Oskar Lind", "Copper Union:organization"],
    rows: ["Oskar Lind -negotiated-> Copper Union"]
  },
  "negative: a quotation closing before \"with\" is no quoted verb": {
    s: "Oskar Lind said: \"We will not be silenced.\" with the Copper Union looking on.",
    m: ["Oskar Lind", "Copper Union:organization"],
    rows: []
  },
  "A has spoken to B over the phone → A met B": {
    s: "Rosa Quint has spoken to the harbour master Tomas Brandt over the phone twice this week.",
    m: ["Rosa Quint", "Tomas Brandt"],
    rows: ["Rosa Quint -met-> Tomas Brandt"]
  },
  "A said she had spoken with B and C by telephone → A met each": {
    s: "Rosa Quint said she had spoken with Judge Tomas Brandt and Mayor Ilse Vogt by telephone on Sunday.",
    m: ["Rosa Quint", "Tomas Brandt", "Ilse Vogt"],
    rows: ["Rosa Quint -met-> Tomas Brandt", "Rosa Quint -met-> Ilse Vogt"]
  },
  "negative: had spoken to B about a topic is no call": {
    s: "Rosa Quint had spoken to Tomas Brandt about the harbour fees.",
    m: ["Rosa Quint", "Tomas Brandt"],
    rows: []
  },
  "A praised a body and said he had met B → A met B": {
    s: "Governor Emil Sand praised the Red Crescent and said he had met Tomas Brandt at the border.",
    m: ["Emil Sand", "Red Crescent:organization", "Tomas Brandt"],
    rows: ["Emil Sand -met-> Tomas Brandt"]
  },
  "A thanked a body and said he had spoken with B by phone → thanked and met": {
    s: "Emil Sand thanked the coast guard and said he had spoken with Tomas Brandt by phone.",
    m: ["Emil Sand", "coast guard:organization", "Tomas Brandt"],
    rows: ["Emil Sand -thanked-> coast guard", "Emil Sand -met-> Tomas Brandt"]
  },
  "negative: another person before \"and\" leaves \"he\" open": {
    s: "Emil Sand thanked Tomas Brandt and said he had met Oskar Lind.",
    m: ["Emil Sand", "Tomas Brandt", "Oskar Lind"],
    rows: ["Emil Sand -thanked-> Tomas Brandt"]
  },
  "negative: a sentence opened by no person gives \"he\" no antecedent": {
    s: "After the storm the council thanked the coast guard and said he had met Oskar Lind.",
    m: ["coast guard:organization", "Oskar Lind"],
    rows: []
  }
};

describe("round 16: quoted verbs, perfect calls, \"and said he\"", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
