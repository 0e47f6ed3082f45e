/**
 * Stage 07 on invented sentences (round 24): a named meeting's parties and its arranger
 * (nominal.ts betweenAfter, arrangedBy; arguments.ts titledPartiesAfter; model interaction-cues.ts
 * ARRANGED_AUXILIARIES, ASIDE_STOPS):
 * - "The meeting between B and C was arranged / set up / organised by A" → A mediated B and C (and
 *   B met C); also past one aside in commas ("…, at which …, was set up by A") and with a titled
 *   arranger ("by Ruritanian Foreign Minister A");
 * - "a meeting between Kenyan President B and C" → B met C (the title before the first party);
 * - "talks in Geneva between B and C" → B negotiated C (the place the meeting was held in).
 * Negatives: "was not arranged by A", "will be arranged by A", "was arranged by phone", a match
 * between two clubs, "trade between B and C" add no mediation or meeting.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'The meeting between B and C was arranged by <titled> A' → A mediated B and C": {
    s: "The meeting between Lindqvist and Okafor was arranged by Ruritanian Foreign Minister Ana Vidal.",
    m: ["Lindqvist", "Okafor", "Ana Vidal"],
    rows: ["Lindqvist -met-> Okafor", "Ana Vidal -mediated-> Lindqvist", "Ana Vidal -mediated-> Okafor"]
  },
  "positive: 'talks between B and C had been set up by A'": {
    s: "The first talks between the Miners Union and Delta Coal had been set up by the Labour Ministry.",
    m: ["Miners Union:organization", "Delta Coal:organization", "Labour Ministry:organization"],
    rows: ["Miners Union -negotiated-> Delta Coal", "Labour Ministry -mediated-> Miners Union", "Labour Ministry -mediated-> Delta Coal"]
  },
  "positive: past an aside in commas: 'The meeting between B and C, at which …, was organised by A'": {
    s: "The meeting between Piet Claes and Omar Diallo, which lasted three hours, was organised by the Sahel Council.",
    m: ["Piet Claes", "Omar Diallo", "Sahel Council:organization"],
    rows: ["Piet Claes -met-> Omar Diallo", "Sahel Council -mediated-> Piet Claes", "Sahel Council -mediated-> Omar Diallo"]
  },
  "positive: titled first party: 'a meeting between Kenyan President B and C' → B met C": {
    s: "A meeting between Estonian Prime Minister Kaja Tamm and Omar Diallo took place on Monday.",
    m: ["Kaja Tamm", "Omar Diallo"],
    rows: ["Kaja Tamm -met-> Omar Diallo"]
  },
  "positive: the place held in: 'talks in Geneva between B and C' → B negotiated C": {
    s: "Talks in Geneva between Ruritania and Borduria resumed on Monday after the floods.",
    m: ["Geneva:place", "Ruritania:country", "Borduria:country"],
    rows: ["Ruritania -negotiated-> Borduria"]
  },
  "negative (negation: 'was not arranged by A'): the meeting only": {
    s: "The meeting between Piet Claes and Omar Diallo was not arranged by the Sahel Council.",
    m: ["Piet Claes", "Omar Diallo", "Sahel Council:organization"],
    rows: ["Piet Claes -met-> Omar Diallo"]
  },
  "negative (plan: 'will be arranged by A'): the meeting only": {
    s: "The meeting between Piet Claes and Omar Diallo will be arranged by the Sahel Council.",
    m: ["Piet Claes", "Omar Diallo", "Sahel Council:organization"],
    rows: ["Piet Claes -met-> Omar Diallo"]
  },
  "negative (means, no arranger: 'was arranged by phone through C's office'): the meeting only": {
    s: "The meeting between Piet Claes and Omar Diallo was arranged by phone on Monday.",
    m: ["Piet Claes", "Omar Diallo"],
    rows: ["Piet Claes -met-> Omar Diallo"]
  },
  "negative (sport: 'the match between B and C was organised by A'): nothing": {
    s: "The match between Ajax and Celtic was organised by UEFA in Vienna.",
    m: ["Ajax:organization", "Celtic:organization", "UEFA:organization", "Vienna:place"],
    rows: []
  },
  "negative (trade, no meeting noun: 'trade in X between B and C was arranged by A'): nothing": {
    s: "Trade in Vienna between Ruritania and Borduria was organised by the Danube Chamber.",
    m: ["Vienna:place", "Ruritania:country", "Borduria:country", "Danube Chamber:organization"],
    rows: []
  },
  "negative (review 24 F12: 'has been arranged by A for next week' is a plan): no mediation": {
    s: "The meeting between Tom Hale and Ann Ward has been arranged by Qatar for next week.",
    m: ["Tom Hale", "Ann Ward", "Qatar:country"],
    rows: ["Tom Hale -met-> Ann Ward"]
  }
};

describe("stage 07 round 24: arranged meetings", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
