/**
 * Stage 07 on invented sentences (round 24): thanks sent in writing (model interaction-verbs.ts
 * "sent … a letter of thanks", "a letter of thanks/gratitude" with "to" after sent/wrote):
 * - "A sent B a letter of thanks", "A sent a letter of thanks to B", "A wrote a letter of gratitude to B"
 *   → A thanked B.
 * Negatives: "A received a letter of thanks from B" (B thanks A; no A→B row), "A read out a letter of
 * thanks to B from C" (C's thanks, not A's), "A sent B a letter of complaint".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A sent B a letter of thanks' → A thanked B": {
    s: "The head teacher Ana Vidal sent Kofi Boateng a letter of thanks for the donated books.",
    m: ["Ana Vidal", "Kofi Boateng"],
    rows: ["Ana Vidal -thanked-> Kofi Boateng"]
  },
  "positive: 'A sent a letter of thanks to B' → A thanked B": {
    s: "The Dockers Union sent a letter of thanks to the Coastal Guard after the rescue.",
    m: ["Dockers Union:organization", "Coastal Guard:organization"],
    rows: ["Dockers Union -thanked-> Coastal Guard"]
  },
  "positive: 'A wrote a letter of gratitude to B' → A thanked B": {
    s: "Lena Roth wrote a letter of gratitude to Piet Claes.",
    m: ["Lena Roth", "Piet Claes"],
    rows: ["Lena Roth -thanked-> Piet Claes"]
  },
  "negative (received: 'A received a letter of thanks from B'): no A→B thanks": {
    s: "Lena Roth received a letter of thanks from Piet Claes.",
    m: ["Lena Roth", "Piet Claes"],
    rows: []
  },
  "negative (read out: 'A read out a letter of thanks to B from C'): not A's thanks": {
    s: "Kofi Boateng read out a letter of thanks to Ana Vidal from the Water Board.",
    m: ["Kofi Boateng", "Ana Vidal", "Water Board:organization"],
    rows: []
  },
  "negative (another letter: 'A sent B a letter of complaint'): no thanks": {
    s: "Ana Vidal sent Kofi Boateng a letter of complaint about the noise.",
    m: ["Ana Vidal", "Kofi Boateng"],
    rows: []
  },
  "negative (review 24 F8: 'sent a letter of thanks to B from C' carries C's thanks): no row": {
    s: "Tom Hale sent a letter of thanks to Ann Ward from Joe Bell.",
    m: ["Tom Hale", "Ann Ward", "Joe Bell"],
    rows: []
  }
};

describe("stage 07 round 24: letters of thanks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
