/**
 * Stage 07 on invented sentences (round 23): a purpose infinitive of asking after "A wrote to B"
 * asks B, as the participle "asking" does (find-interactions.ts letterRequest, adverbsOnly; model
 * interaction-cues.ts LETTER_INFINITIVE_NEXT, LETTER_REQUEST_ADVERBS):
 * - "A wrote to B twice to ask for his help" → A asked B;
 * - "A wrote to B on Monday to ask for boats" → the same.
 * Negatives: another verb between ("wrote to B and began to ask for donations") or the request made
 * of someone else ("…, then travelled to X to ask the army for help") asks B nothing.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A wrote to B twice to ask for his help → A asked B": {
    s: "Her mother, Ama, wrote to Governor Kofi Mensah twice to ask for his help.",
    m: ["Ama", "Kofi Mensah"],
    rows: ["Ama -asked-> Kofi Mensah"]
  },
  "A wrote to B on <date> to ask for something → A asked B": {
    s: "The fishermen's leader Ama Boateng wrote to Kofi Mensah on Monday to ask for boats.",
    m: ["Ama Boateng", "Kofi Mensah"],
    d: ["Monday=2025-10-13"],
    rows: ["Ama Boateng -asked-> Kofi Mensah"]
  },
  "negative (another verb): A wrote to B and began to ask for donations: B is asked nothing": {
    s: "Ama Boateng wrote to Kofi Mensah and began to ask for donations.",
    m: ["Ama Boateng", "Kofi Mensah"],
    rows: []
  },
  "negative (someone else asked): …, then travelled to X to ask the army for help": {
    s: "Ama Boateng wrote to Kofi Mensah about the floods, then travelled to Kayes to ask the army for help.",
    m: ["Ama Boateng", "Kofi Mensah", "Kayes:place"],
    rows: []
  }
};

describe("stage 07 (round 23): wrote to B to ask", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
