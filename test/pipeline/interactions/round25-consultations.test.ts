/**
 * Stage 07 on invented sentences (round 25): more nouns of a meeting held "with" someone (model
 * interaction-verbs.ts): "A held consultations (in X) with B", "A had a meeting with B", "A conferred
 * with B" → A met B. "conferred an honour on B" is no meeting; unnamed parties give no row.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A held consultations in X with B' → A met B": {
    s: "Labour Minister Otto Berg held consultations in Orvik with the Dockers Union on Monday.",
    m: ["Otto Berg", "Orvik:place", "Dockers Union:organization"],
    rows: ["Otto Berg -met-> Dockers Union"]
  },
  "positive: 'A had a meeting with B' → A met B": {
    s: "Governor Paul Brandt had a meeting with Mayor Ana Vidal after the floods.",
    m: ["Paul Brandt", "Ana Vidal"],
    rows: ["Paul Brandt -met-> Ana Vidal"]
  },
  "positive: 'A conferred with B' → A met B": {
    s: "Coach Lena Holm conferred with referee Tomas Berg before the restart.",
    m: ["Lena Holm", "Tomas Berg"],
    rows: ["Lena Holm -met-> Tomas Berg"]
  },
  "negative (review 25 F5, a refusal: 'refused to hold consultations with B'): no meeting": {
    s: "Ann Vidal refused to hold consultations with Tom Hale.",
    m: ["Ann Vidal", "Tom Hale"],
    rows: []
  },
  "negative ('conferred an honour on B'): no meeting": {
    s: "The University of Orvik conferred an honorary degree on Ana Vidal.",
    m: ["University of Orvik:organization", "Ana Vidal"],
    rows: []
  },
  "negative (unnamed parties: 'held consultations with his lawyers'): no meeting": {
    s: "Tom Hale held consultations with his lawyers before the trial.",
    m: ["Tom Hale"],
    rows: []
  },
  "negative (a consultation of a text: 'held consultations on B's plan'): no meeting": {
    s: "The ministry held consultations on Ana Vidal's housing plan.",
    m: ["Ana Vidal"],
    rows: []
  }
};

describe("round 25: consultations and meetings", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
