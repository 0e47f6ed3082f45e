/**
 * Stage 07 on invented sentences (round 18): a verb right after ", but" shares the subjects of the
 * main clause's last active verb, as one after "and" does (find-interactions.ts conjunctSubjects,
 * mainClauseSubjects):
 * - "A welcomed B, but criticized C for …" → A criticized C;
 * - "A thanked \"all who took part,\" but pressed C to …" (the comma inside the quote) → A called on C;
 * - "A thanked B, who had freed C, but urged D to …" → A called on D (not B, a relative clause's subject).
 * Negatives: a new subject after ", but" ("…, but B urged C"), a verb after ", but" with no named
 * object, a market report whose verbs after ", but" are no interactions (business).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met B, but criticized C → A criticized C": {
    s: "The Malian minister Oumar Traore met Ines Mota in Bamako, but criticized Algeria for the delay.",
    m: ["Oumar Traore", "Ines Mota", "Bamako:place", "Algeria:country"],
    rows: ["Oumar Traore -met-> Ines Mota", "Oumar Traore -criticized-> Algeria"]
  },
  "A thanked \"all who took part,\" but pressed C → A called on C": {
    s: "The Danish Refugee Council thanked \"all who took part,\" but pressed Chad to reopen the crossing.",
    m: ["Danish Refugee Council:organization", "Chad:country"],
    rows: ["Danish Refugee Council -called_on-> Chad"]
  },
  "A thanked B, who had freed C, but urged D → A (not B) urged D": {
    s: "Oumar Traore thanked Ines Mota, who had freed Kojo Mensah, but urged Niger to do more.",
    m: ["Oumar Traore", "Ines Mota", "Kojo Mensah", "Niger:country"],
    rows: ["Oumar Traore -thanked-> Ines Mota", "Ines Mota -released-> Kojo Mensah", "Oumar Traore -called_on-> Niger"]
  },
  "negative: a new subject after ', but' keeps its own verb": {
    s: "Oumar Traore met Ines Mota, but Kojo Mensah urged Niger to wait.",
    m: ["Oumar Traore", "Ines Mota", "Kojo Mensah", "Niger:country"],
    rows: ["Oumar Traore -met-> Ines Mota", "Kojo Mensah -called_on-> Niger"]
  },
  "negative: ', but' before a verb with no named object": {
    s: "Oumar Traore met Ines Mota, but declined to comment on Niger's offer.",
    m: ["Oumar Traore", "Ines Mota", "Niger:country"],
    rows: ["Oumar Traore -met-> Ines Mota"]
  },
  "negative (business): ', but' in a market report": {
    s: "Shares of Nordbank rose on Monday, but fell against Danske Bank later in the week.",
    m: ["Nordbank:organization", "Danske Bank:organization"],
    rows: []
  }
};

describe("round 18: a verb after ', but' shares the main clause's subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
