/**
 * Stage 07 on invented sentences (round 17): talks or a meeting between a person and a delegation
 * whose head is named are a meeting of the two persons (the gold sets read talks between people
 * as met; between two countries or groups they stay negotiated):
 * - "talks between A and a <group> delegation led by B" → A met B;
 * - "a meeting between a delegation headed by <title> B and <Title> A" → B met A.
 * Negatives: a delegation with no head named, a country on the other side, a sports and a
 * business sentence of the same shape.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "talks between A and a <group> delegation led by B → A met B": {
    s: "The ceasefire followed talks between Nneka Oyelaran and a Lowland Front delegation led by Hugo Ibarra in Lusaka.",
    m: ["Nneka Oyelaran", "Lowland Front:organization", "Hugo Ibarra", "Lusaka:place"],
    rows: ["Nneka Oyelaran -met-> Hugo Ibarra"]
  },
  "a meeting between a delegation headed by <title> B and <Title> A → B met A": {
    s: "The list was agreed at a meeting between a delegation headed by chief negotiator Ines Mota and Deputy Minister Kojo Mensah.",
    m: ["Ines Mota", "Kojo Mensah"],
    rows: ["Ines Mota -met-> Kojo Mensah"]
  },
  "negative: a delegation with no head named gives no meeting of persons": {
    s: "The ceasefire followed talks between Nneka Oyelaran and a Lowland Front delegation in Lusaka.",
    m: ["Nneka Oyelaran", "Lowland Front:organization", "Lusaka:place"],
    rows: []
  },
  "negative: a country on the other side stays with the plain rule": {
    s: "Talks between Zambia and Malawi resumed after a delegation led by Hugo Ibarra arrived.",
    m: ["Zambia:country", "Malawi:country", "Hugo Ibarra"],
    rows: ["Zambia -negotiated-> Malawi"]
  },
  "negative (sport): a match between a coach and a squad led by its captain is no talks": {
    s: "The final was a match between coach Dario Bellini and a squad led by captain Sergio Ribeiro.",
    m: ["Dario Bellini", "Sergio Ribeiro"],
    rows: []
  },
  "negative (business): merger talks with a consortium (no delegate noun) name no meeting": {
    s: "Shares rose on merger talks between Achol Akech and a consortium led by Zawadi Juma.",
    m: ["Achol Akech", "Zawadi Juma"],
    rows: []
  }
};

describe("round 17: talks between a person and a delegation with its head named", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
