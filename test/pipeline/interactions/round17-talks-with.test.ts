/**
 * Stage 07 on invented sentences (round 17): a meeting told as the time of a clause's act is the
 * doer's meeting (the gold sets read "held talks with B" and such phrases as met):
 * - "A freed/pardoned … after talks (in <place>) with <title> B" → A met B;
 * - "A raised the case during a meeting with B", "following lengthy talks with B" → A met B.
 * Negatives: the phrase heading its own clause ("after talks with B collapsed"), talks only called
 * for, no named party (sport), a company's talks that broke down (business).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A pardoned … after talks in <place> with <title> B → A met B": {
    s: "Governor Nneka Oyelaran pardoned nine inmates after talks in Lusaka with Zambian envoy Hugo Ibarra.",
    m: ["Nneka Oyelaran", "Lusaka:place", "Zambian:country", "Hugo Ibarra"],
    rows: ["Nneka Oyelaran -met-> Hugo Ibarra"]
  },
  "A signed the accord during a meeting with B → A met B": {
    s: "Ines Mota signed the accord during a meeting with Deputy Minister Kojo Mensah.",
    m: ["Ines Mota", "Kojo Mensah"],
    rows: ["Ines Mota -met-> Kojo Mensah"]
  },
  "A freed B following lengthy talks with C → A met C": {
    s: "The Lowland Front freed Sergio Ribeiro following lengthy talks with Bishop Dario Bellini.",
    m: ["Lowland Front:organization", "Sergio Ribeiro", "Dario Bellini"],
    rows: ["Lowland Front -released-> Sergio Ribeiro", "Lowland Front -met-> Dario Bellini"]
  },
  "negative: talks that head their own clause are no meeting of the doer": {
    s: "The Lowland Front attacked Cotonou after talks with Bishop Dario Bellini collapsed.",
    m: ["Lowland Front:organization", "Cotonou:place", "Dario Bellini"],
    rows: ["Lowland Front -attacked-> Cotonou"]
  },
  "negative: talks only called for are no meeting": {
    s: "Ines Mota called for talks with Deputy Minister Kojo Mensah.",
    m: ["Ines Mota", "Kojo Mensah"],
    rows: []
  },
  "negative (sport): a meeting with unnamed fans names no one met": {
    s: "Coach Achol Akech resigned after a meeting with fans in Lusaka.",
    m: ["Achol Akech", "Lusaka:place"],
    rows: []
  },
  "negative (business): a company's talks that broke down give no meeting": {
    s: "Orbis shares fell after talks with Helix Systems broke down.",
    m: ["Orbis:organization", "Helix Systems:organization"],
    rows: []
  }
};

describe("round 17: meetings told as the time of an act", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
