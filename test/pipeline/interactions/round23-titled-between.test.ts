/**
 * Stage 07 on invented sentences (round 23): the first party after "mediated between" may carry a
 * capitalised title (find-interactions.ts titledPartiesAfter):
 * - "A mediated between Kenyan President B and C, the presidency said" → A mediated B, A mediated C.
 * Negative: capitalised words with no title head before the name ("between Kenyan Farmers B and C")
 * are no title; no parties are read past them.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A mediated between <title> B and C → A mediated B and C": {
    s: "Ghanaian President Kofi Mensah mediated between Kenyan President Omar Sall and Ruto, the Ghanaian presidency said.",
    m: ["Kofi Mensah", "Omar Sall", "Ruto", "Ghanaian:country"],
    rows: ["Kofi Mensah -mediated-> Omar Sall", "Kofi Mensah -mediated-> Ruto"]
  },
  "negative (no title head): A mediated between Kenyan Farmers B and C": {
    s: "Kofi Mensah mediated between Kenyan Farmers Omar Sall and Ruto.",
    m: ["Kofi Mensah", "Omar Sall", "Ruto"],
    rows: []
  }
};

describe("stage 07 (round 23): titled parties after 'between'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
