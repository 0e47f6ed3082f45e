/**
 * Stage 07 on invented sentences (round 27): a body's people written after "its" ("X said its
 * volunteers had helped Y", "Its divers rescued B" after a sentence about the body) act for the body
 * "its" stands for, as "his/her staff" already act for the person (arguments.ts subjectsBefore, with
 * itAfterReporting and orgPronoun; model BODY_PEOPLE_NOUNS and DELEGATE_NOUNS).
 * Negatives: people who do not act for the body ("X said its fans had thanked B"), a passive's
 * patients ("X said its workers had been kidnapped by Y"), and "its" in
 * another clause than the reporting one ("X criticised Y after its troops freed B": whose troops
 * is open).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'X said its volunteers had helped Y' → X assisted Y": {
    s: "The Tarma Red Cross Society said its volunteers had helped Vale General Hospital.",
    m: ["Tarma Red Cross Society:organization", "Vale General Hospital:organization"],
    rows: ["Tarma Red Cross Society -assisted-> Vale General Hospital"]
  },
  "positive: 'X said its troops had freed B' → X released B": {
    s: "Ruritania said its troops had freed Piet Claes near the border.",
    m: ["Ruritania:country", "Piet Claes"],
    rows: ["Ruritania -released-> Piet Claes"]
  },
  "negative (not the body's workers): 'X said its fans had thanked B' → no row": {
    s: "Ruritania said its fans had thanked Piet Claes.",
    m: ["Ruritania:country", "Piet Claes"],
    rows: []
  },
  "negative (a passive's patients): 'X said its workers had been kidnapped by Y' → no row for X": {
    s: "The Tarma Relief Fund said its workers had been kidnapped by the Delta Brigade.",
    m: ["Tarma Relief Fund:organization", "Delta Brigade:group"],
    rows: []
  },
  "negative ('its' in another clause): 'X criticised Y after its troops freed B' → only X criticized Y": {
    s: "Ruritania criticised Borduria after its troops freed Piet Claes.",
    m: ["Ruritania:country", "Borduria:country", "Piet Claes"],
    rows: ["Ruritania -criticized-> Borduria"]
  }
};

describe("round 27: a body's people after 'its'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
