/**
 * Stage 07 on invented sentences (round 26): an appeal told as a noun. "A recorded / made / issued / sent /
 * addressed a (video / public / urgent …) appeal / plea to B" means A called on B (model interaction-verbs.ts
 * APPEAL_NOUN_PHRASES after APPEAL_MAKING_VERBS); never an appeal to a court or against a ruling or a ban
 * (flag notLegalAppeal, LEGAL_APPEAL_WORDS).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A recorded a video appeal to B' → A called on B": {
    s: "The trapped miner's wife, Ann Vidal, recorded a video appeal to Governor Tom Hale last month.",
    m: ["Ann Vidal", "Tom Hale"],
    rows: ["Ann Vidal -called_on-> Tom Hale"]
  },
  "positive: 'A made an urgent plea to B to …' → A called on B": {
    s: "The Miners Union made an urgent plea to Acme Mining to reopen the shaft.",
    m: ["Miners Union:organization", "Acme Mining:organization"],
    rows: ["Miners Union -called_on-> Acme Mining"]
  },
  "positive: 'A issued an appeal to the B to free …' → A called on B": {
    s: "Ann Vidal issued an appeal to the Sierra Front to free her son.",
    m: ["Ann Vidal", "Sierra Front:group"],
    rows: ["Ann Vidal -called_on-> Sierra Front"]
  },
  "positive: 'A sent an emotional appeal to B and C' → A called on both": {
    s: "Ann Vidal sent an emotional appeal to Tom Hale and Joe Bell.",
    m: ["Ann Vidal", "Tom Hale", "Joe Bell"],
    rows: ["Ann Vidal -called_on-> Tom Hale", "Ann Vidal -called_on-> Joe Bell"]
  },
  "negative (a court: 'made an appeal to the Supreme Court against his conviction'): no call": {
    s: "Tom Hale made an appeal to the Supreme Court against his conviction.",
    m: ["Tom Hale", "Supreme Court:organization"],
    rows: []
  },
  "negative (sport: 'made an appeal to FIFA against the ban'): no call": {
    s: "Acme United made an appeal to FIFA against the ban.",
    m: ["Acme United:organization", "FIFA:organization"],
    rows: []
  },
  "negative ('lost an appeal to B'): no verb of making, no call": {
    s: "Tom Hale lost an appeal to Joe Bell.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (attraction: 'The film's appeal to B was obvious'): no call": {
    s: "The film's appeal to Joe Bell was obvious.",
    m: ["Joe Bell"],
    rows: []
  }
};

describe("round 26: appeals as nouns", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
