/**
 * Stage 07 on invented sentences (round 24): phrasal and stronger verbs of criticism (model
 * interaction-verbs.ts: "lashed/hit out at" with flag speechCue and SPEECH_CUE_WORDS; "lambasted",
 * "berated", "castigated", "chastised", "excoriated", "railed against"):
 * - "A lashed out at B, accusing him of …", "A hit out at B over the floods", "A lambasted B" → A criticized B.
 * Negatives: a blow in a game ("lashed out at B with his elbow and was sent off", "hit out at B and
 * kicked him"), and "hit" alone (no criticism). Review 24 F3: blows and cricket strokes without a
 * sign of speech (struck, a bottle, a bat, stabbed, "smashing three sixes in her second over").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A lashed out at B, accusing him of …' → A criticized B": {
    s: "In a radio interview, the striker Jan de Vries lashed out at the referee Piet Claes.",
    m: ["Jan de Vries", "Piet Claes"],
    rows: ["Jan de Vries -criticized-> Piet Claes"]
  },
  "positive: 'A hit out at B over …' → A criticized B": {
    s: "The Dockers Union hit out at the Port Authority on Monday over the new shift rota.",
    m: ["Dockers Union:organization", "Port Authority:organization"],
    rows: ["Dockers Union -criticized-> Port Authority"]
  },
  "positive: 'A lambasted B' → A criticized B": {
    s: "Senator Ana Vidal lambasted the Water Board for the late flood warnings.",
    m: ["Ana Vidal", "Water Board:organization"],
    rows: ["Ana Vidal -criticized-> Water Board"]
  },
  "negative (sport, a blow: 'lashed out at B with his elbow and was sent off'): no criticism": {
    s: "Marco Rossi lashed out at Tomas Berg with his elbow and was sent off.",
    m: ["Marco Rossi", "Tomas Berg"],
    rows: []
  },
  "negative (a fight: 'hit out at B and punched him'): no criticism": {
    s: "Kofi Boateng hit out at Omar Diallo and punched him outside the bar.",
    m: ["Kofi Boateng", "Omar Diallo"],
    rows: []
  },
  "negative (weather, plain 'hit'): no criticism": {
    s: "The storm hit the Water Board's offices in Orvik on Monday.",
    m: ["Water Board:organization", "Orvik:place"],
    rows: []
  },
  "negative (review 24 F3 #1: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale lashed out at Ann Ward in the tunnel and struck her in the face.",
    m: ["Tom Hale", "Ann Ward"],
    rows: ["Tom Hale -attacked-> Ann Ward"]
  },
  "negative (review 24 F3 #2: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale lashed out at Ann Ward with a bottle outside the nightclub.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #3: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale lashed out at Ann Ward, striking her several times, the court heard.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #4: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale hit out at Ann Ward with a baseball bat.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #5: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale hit out at Ann Ward and caught her on the chin, the prosecutor said.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #6: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale lashed out at Ann Ward and was charged with assault.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #7: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale lashed out at Ann Ward, leaving her with a broken nose.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #8: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale lashed out at Ann Ward and stabbed her.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #9: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale hit out at Ann Ward, smashing three sixes in her second over.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #10: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale hit out at the spinner Ann Ward and was caught at long-on.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #11: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale lashed out at Ann Ward in the third round and was disqualified.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "negative (review 24 F3 #12: a blow or a stroke, no sign of speech): no criticism": {
    s: "Tom Hale lashed out at Ann Ward in the tunnel, the FA charge said.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "positive (review 24 F3 right: 'hits out at B in new book')": {
    s: "Tom Hale hits out at Ann Ward in new book.",
    m: ["Tom Hale", "Ann Ward"],
    rows: ["Tom Hale -criticized-> Ann Ward"]
  },
  "positive (review 24 F3 right: 'hit out at B over her handling of …')": {
    s: "Tom Hale hit out at Ann Ward over her handling of the floods.",
    m: ["Tom Hale", "Ann Ward"],
    rows: ["Tom Hale -criticized-> Ann Ward"]
  }
};

describe("stage 07 round 24: criticism phrases", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
