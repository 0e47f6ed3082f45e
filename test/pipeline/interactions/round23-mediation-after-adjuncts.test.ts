/**
 * Stage 07 on invented sentences (round 23): "with the mediation of C" after a meeting's place and
 * time adjuncts still takes the persons met as the parties (nominal.ts metBeforeAdjuncts, model
 * interaction-cues.ts MEETING_ADJUNCT_PREPOSITIONS):
 * - "A met B in X on 3 May with the mediation of <title> C" → C mediated A, C mediated B;
 * - "A met B on Monday with the mediation of C" → the same.
 * Negative: a word other than a place or date phrase between the person met and "with" ("met B
 * to end the strike with the mediation of C") reads no parties.
 * Review 23 F10: a speaker after ", " ("…of Qatar, Egypt said") is no mediator, and a state word or
 * participle after the mediator ("Qatar stalled since May", MEDIATION_STATE_WORDS) is no mediation.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative (review 23 F10, absolute clause): 'with the mediation of C now in doubt' → no mediation": {
    s: "Ann Ward met Tom Hale in Cairo on Monday with the mediation of Qatar now in doubt.",
    m: ["Ann Ward", "Tom Hale", "Cairo:place", "Qatar:country"], d: ["Monday=2024-05-06"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "negative (review 23 F10, the speaker after the comma): 'with the mediation of C, D said' → D mediated no one": {
    s: "Ann Ward met Tom Hale in Cairo with the mediation of Qatar, Egypt said.",
    m: ["Ann Ward", "Tom Hale", "Cairo:place", "Qatar:country", "Egypt:country"],
    rows: ["Ann Ward -met-> Tom Hale", "Qatar -mediated-> Ann Ward", "Qatar -mediated-> Tom Hale"]
  },
  "negative (review 23 F10, absolute clause): ', with the mediation of C stalled since May' → no mediation": {
    s: "Ann Ward met Tom Hale in Cairo on Monday, with the mediation of Qatar stalled since May.",
    m: ["Ann Ward", "Tom Hale", "Cairo:place", "Qatar:country"], d: ["Monday=2024-05-06", "May=2024-05"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "A met B in X on <date> with the mediation of <title> C → C mediated A and B": {
    s: "Rail union chief Amara Diallo met transport official Nestor Bakary in Kayes on 12.03.2025 with the mediation of Senegalese Labour Minister Ruth Ansah.",
    m: ["Amara Diallo", "Nestor Bakary", "Kayes:place", "Ruth Ansah"],
    d: ["12.03.2025=2025-03-12"],
    rows: ["Amara Diallo -met-> Nestor Bakary", "Ruth Ansah -mediated-> Amara Diallo", "Ruth Ansah -mediated-> Nestor Bakary"]
  },
  "A met B on Monday with the mediation of a country → it mediated A and B": {
    s: "Amara Diallo met Nestor Bakary on Monday with the mediation of Senegal.",
    m: ["Amara Diallo", "Nestor Bakary", "Senegal:country"],
    d: ["Monday=2025-10-13"],
    rows: ["Amara Diallo -met-> Nestor Bakary", "Senegal -mediated-> Amara Diallo", "Senegal -mediated-> Nestor Bakary"]
  },
  "negative (purpose): met B to end the strike with the mediation of C: no parties past a purpose": {
    s: "Amara Diallo met Nestor Bakary on Monday to end the strike with the mediation of Senegal.",
    m: ["Amara Diallo", "Nestor Bakary", "Senegal:country"],
    d: ["Monday=2025-10-13"],
    rows: ["Amara Diallo -met-> Nestor Bakary"]
  }
};

describe("stage 07 (round 23): mediation after a meeting's place and time", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
