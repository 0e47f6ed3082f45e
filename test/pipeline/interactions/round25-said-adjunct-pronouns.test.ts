/**
 * Stage 07 on invented sentences (round 25): "A said <short adjunct> (that) he/she …" keeps the
 * pronoun the speaker's, as "A said (that) he …" does, when only dates and short prepositional
 * phrases naming no person stand between (arguments.ts reportingPastAdjunct; model argument-words.ts
 * SPEECH_ADJUNCT_PREPOSITIONS):
 * - "A said in a statement that he had thanked B", "A said at a news conference in X she had met B",
 *   "A said on Monday he had asked B to …" → A acts.
 * Negatives: a clause between ("A said the rebels had freed B before he thanked C": he may be B), a
 * person in the adjunct ("A said after talks with B that he had thanked C": he may be B).
 * Review 25 F7: a relative, an office or a possessive in the adjunct ("said at his mother's funeral
 * that she …"), and a pronoun of the other sex than a listed given name ("Tom Hale said on Monday she …").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A said in a statement that he had thanked B' → A thanked B": {
    s: "Jonas Dahl said in a statement that he had thanked Kofi Boateng for the rescue.",
    m: ["Jonas Dahl", "Kofi Boateng"],
    rows: ["Jonas Dahl -thanked-> Kofi Boateng"]
  },
  "positive: 'A said at a news conference in X she had met B' → A met B": {
    s: "Lena Roth said at a news conference in Bergen she had met Piet Claes.",
    m: ["Lena Roth", "Bergen:place", "Piet Claes"],
    rows: ["Lena Roth -met-> Piet Claes"]
  },
  "positive: 'A said on Monday he had asked B to …' → A asked B": {
    s: "Marco Rossi said on Monday he had asked the Sahel Front to free the drivers.",
    m: ["Marco Rossi", "Sahel Front:organization"],
    d: ["on Monday"],
    rows: ["Marco Rossi -asked-> Sahel Front"]
  },
  "negative (a clause between: 'A said the rebels had freed B before he thanked C'): no A row": {
    s: "Jonas Dahl said the rebels had freed Piet Claes before he thanked Kofi Boateng.",
    m: ["Jonas Dahl", "Piet Claes", "Kofi Boateng"],
    rows: []
  },
  "negative (a person in the adjunct: 'A said after talks with B that he had thanked C'): no row": {
    s: "Jonas Dahl said after talks with Piet Claes that he had thanked Kofi Boateng.",
    m: ["Jonas Dahl", "Piet Claes", "Kofi Boateng"],
    rows: []
  },
  "negative (review 25 F7, a relative in the adjunct: 'said at his mother's funeral that she had met C'): no row": {
    s: "Tom Hale said at his mother's funeral that she had met Ann Vidal.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (review 25 F7, 'she' after a man's given name: 'Tom Hale said on Monday she had met C'): no row": {
    s: "Tom Hale said on Monday she had met Ann Vidal.",
    m: ["Tom Hale", "Ann Vidal"],
    d: ["on Monday"],
    rows: []
  },
  "negative (review 25 F7, another's possessive: 'said at his lawyer's office that he had met C'): no row": {
    s: "Jonas Dahl said at his lawyer's office that he had met Piet Claes.",
    m: ["Jonas Dahl", "Piet Claes"],
    rows: []
  },
  "negative (review 25 F7, an office in the adjunct: 'said at a dinner with the minister that he had met C'): no row": {
    s: "Jonas Dahl said at a dinner with the minister that he had met Piet Claes.",
    m: ["Jonas Dahl", "Piet Claes"],
    rows: []
  }
};

describe("stage 07 round 25: a short adjunct between 'said' and 'he'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
