/**
 * Stage 07 on invented sentences (round 18): calling in a state's envoy is a diplomatic protest
 * (interactions/summons.ts; model SUMMONING_VERBS, SUMMONED_ENVOY_NOUNS):
 * - "A summoned B's ambassador over …" → A criticized B;
 * - "A summoned the <nationality> chargé d'affaires to protest …" → A criticized the country;
 * - "A, the foreign minister, summoned B's top diplomat" → A criticized B.
 * Negatives: a board or a minister summoned (business, politics), a witness summoned by a court,
 * the passive "B's envoy was summoned", an envoy of no named state ("its ambassador").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A summoned B's ambassador over … → A criticized B": {
    s: "Ghana on Tuesday summoned Togo's ambassador over the arrest of two fishermen.",
    m: ["Ghana:country", "Togo:country"],
    rows: ["Ghana -criticized-> Togo"]
  },
  "A summoned the <nationality> chargé d'affaires to protest → A criticized the country": {
    s: "Foreign Minister Ines Mota summoned the Beninese chargé d'affaires to protest the expulsions.",
    m: ["Ines Mota", "Beninese:country"],
    rows: ["Ines Mota -criticized-> Beninese"]
  },
  "A, the foreign minister, summoned B's top diplomat → A criticized B": {
    s: "Oumar Traore, the foreign minister, summoned Niger's top diplomat in Bamako.",
    m: ["Oumar Traore", "Niger:country", "Bamako:place"],
    rows: ["Oumar Traore -criticized-> Niger"]
  },
  "negative (business): a board summoned by a shareholder": {
    s: "Nordbank summoned the Nordfisk board to an emergency meeting.",
    m: ["Nordbank:organization", "Nordfisk:organization"],
    rows: []
  },
  "negative: a minister of a state summoned is no envoy": {
    s: "Ghana summoned Togo's finance minister to Accra for talks on the debt.",
    m: ["Ghana:country", "Togo:country", "Accra:place"],
    rows: []
  },
  "negative (courts): a witness summoned by a court": {
    s: "The Lagos High Court summoned Oumar Traore to testify about Togo's ambassador.",
    m: ["Lagos High Court:organization", "Oumar Traore", "Togo:country"],
    rows: []
  },
  "negative: the passive names no summoner before the verb": {
    s: "Togo's ambassador was summoned on Tuesday, Ghana said.",
    m: ["Togo:country", "Ghana:country"],
    rows: []
  },
  "negative: an envoy of no named state": {
    s: "Ghana summoned its own ambassador home from Lome.",
    m: ["Ghana:country", "Lome:place"],
    rows: []
  }
};

describe("round 18: a summoned envoy is a protest against the envoy's state", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
