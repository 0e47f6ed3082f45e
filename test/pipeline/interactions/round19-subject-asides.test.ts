/**
 * Stage 07 on invented sentences (round 19): a sentence adverb between commas after the subject is
 * passed over (arguments.ts asideAdverbStart; model argument-words.ts SUBJECT_ASIDE_ADVERBS):
 * - "A, however, criticised B for …" → A criticised B;
 * - "A, for his part, thanked B" → A thanked B;
 * - "A, meanwhile, met B" → A met B.
 * Negatives: an aside that is no listed adverb ("A, surprisingly for many, thanked B": no
 * subject, as before), an unnamed subject before the adverb (courts: "The judge, however,
 * criticised B": no named critic).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A, however, criticised B for … → A criticised B": {
    s: "Foreign Minister Dagny Holt, however, criticised Iceland for \"legitimising a murderous group.\"",
    m: ["Dagny Holt", "Iceland:country"],
    rows: ["Dagny Holt -criticized-> Iceland"]
  },
  "A, for his part, thanked B → A thanked B": {
    s: "Ruben Osk, for his part, thanked Arvo Kask for the talks.",
    m: ["Ruben Osk", "Arvo Kask"],
    rows: ["Ruben Osk -thanked-> Arvo Kask"]
  },
  "A, meanwhile, met B → A met B": {
    s: "The Karst Front, meanwhile, met Piet Vossel in Tarvel.",
    m: ["Karst Front:group", "Piet Vossel", "Tarvel:place"],
    rows: ["Karst Front -met-> Piet Vossel"]
  },
  "negative: an aside that is no listed adverb keeps no subject": {
    s: "Dagny Holt, surprisingly for many, thanked Iceland.",
    m: ["Dagny Holt", "Iceland:country"],
    rows: []
  },
  "negative (courts): an unnamed subject before the adverb names no critic": {
    s: "In the case of Dagny Holt the judge, however, criticised Iceland.",
    m: ["Dagny Holt", "Iceland:country"],
    rows: []
  }
};

describe("round 19: sentence adverbs after the subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
