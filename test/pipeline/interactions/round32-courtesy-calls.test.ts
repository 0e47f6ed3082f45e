/**
 * Stage 07 on invented sentences (round 32): "A paid a courtesy call on B" is a visit in person, a meeting, not a call
 * on B to act (model interaction-verbs.ts). A place is no one met, a call to act stays called_on, and a negated
 * or planned courtesy call keeps the modality its words give.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'Before flying home, A paid a courtesy call on Prime Minister B' → A met B": {
    s: "Before flying home, the union envoy Tom Hale paid a courtesy call on Prime Minister Otto Berg.",
    m: ["Tom Hale", "Otto Berg"],
    rows: ["Tom Hale -met-> Otto Berg"],
    modality: "reported"
  },
  "positive: 'A made a courtesy call on B at the ministry' → A met B": {
    s: "The new club president, Rosa Quint, made a courtesy call on Mayor Lena Dahl at the town hall on Monday.",
    m: ["Rosa Quint", "Lena Dahl"],
    rows: ["Rosa Quint -met-> Lena Dahl"]
  },
  "positive: 'A will pay a courtesy call on B on Friday' → A met B, planned": {
    s: "Judge Clara Holt will pay a courtesy call on Chief Justice Jorge Pinto on Friday.",
    m: ["Clara Holt", "Jorge Pinto"],
    rows: ["Clara Holt -met-> Jorge Pinto"],
    modality: "planned"
  },
  "negative (negation: 'did not pay a courtesy call on B'): the meeting is not told as done": {
    s: "Tom Hale did not pay a courtesy call on Otto Berg.",
    m: ["Tom Hale", "Otto Berg"],
    rows: ["Tom Hale -met-> Otto Berg"],
    modality: "hypothetical"
  },
  "negative (a place: 'paid a courtesy call on Dorfield'): no row": {
    s: "Tom Hale paid a courtesy call on Dorfield after the flood.",
    m: ["Tom Hale", "Dorfield:place"],
    rows: []
  },
  "negative (a call to act: 'called on B to resign'): still called_on": {
    s: "The strikers' leader Tom Hale called on Otto Berg to resign.",
    m: ["Tom Hale", "Otto Berg"],
    rows: ["Tom Hale -called_on-> Otto Berg"]
  }
};

describe("findInteractions: round 32 courtesy calls", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
