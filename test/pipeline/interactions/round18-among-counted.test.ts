/**
 * Stage 07 on invented sentences (round 18): "B was among (the) (N) <people> <participle> by A" —
 * B is one of the people the participle acts on (find-interactions.ts amongCounted):
 * - "B was among 340 detainees pardoned by A" → A released B;
 * - "B, a nurse who worked in X, is among the hostages still held by A" → A held B;
 * - "B and C were among the 12 passengers kidnapped by A" → A abducted B and C.
 * Negatives: players released by a club (sport: no captives counted), a name between "among" and the
 * participle ("among Kenya's prisoners freed by A" is left alone), "among" with no "was" before it,
 * and a document "among the files seized by" police (courts).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B was among 340 detainees pardoned by A → A released B": {
    s: "Ines Mota was among 1,340 detainees pardoned by President Oumar Traore on Friday.",
    m: ["Ines Mota", "Oumar Traore"],
    rows: ["Oumar Traore -released-> Ines Mota"]
  },
  "B, a nurse who worked in X, is among the hostages still held by A → A held B": {
    s: "Kojo Mensah, a nurse who worked in Gao, is among the hostages still held by the Delta Front.",
    m: ["Kojo Mensah", "Gao:place", "Delta Front:group"],
    rows: ["Delta Front -held-> Kojo Mensah"]
  },
  "B and C were among the 12 passengers kidnapped by A → A abducted both": {
    s: "Ines Mota and Kojo Mensah were among the 12 bus passengers kidnapped by the Delta Front.",
    m: ["Ines Mota", "Kojo Mensah", "Delta Front:group"],
    rows: ["Delta Front -abducted-> Ines Mota", "Delta Front -abducted-> Kojo Mensah"]
  },
  "negative (sport): players released by a club are no captives": {
    s: "Dario Bellini was among 40 players released by Benfica this summer.",
    m: ["Dario Bellini", "Benfica:organization"],
    rows: []
  },
  "negative: a name between 'among' and the participle": {
    s: "Ines Mota was among Niger's prisoners freed by the Delta Front.",
    m: ["Ines Mota", "Niger:country", "Delta Front:group"],
    rows: []
  },
  "negative: 'among' with no copula before it": {
    s: "Ines Mota walked among the prisoners freed by the Delta Front.",
    m: ["Ines Mota", "Delta Front:group"],
    rows: []
  },
  "negative (courts): a file among the documents seized by police": {
    s: "The Nordfisk ledger was among the documents seized by Oslo police.",
    m: ["Nordfisk:organization", "Oslo:place"],
    rows: []
  }
};

describe("round 18: one of the people a participle acts on", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
