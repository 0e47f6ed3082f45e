/**
 * Stage 07 on invented sentences (round 23): the first party after "mediated between" may carry a
 * capitalised title (find-interactions.ts titledPartiesAfter):
 * - "A mediated between Club Chairman B and C, the league said" → A mediated B, A mediated C.
 * Negative: capitalised words with no title head before the name ("between Riverside Fans B and C")
 * are no title; no parties are read past them.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A mediated between <title> B and C → A mediated B and C": {
    s: "League commissioner Lena Brandt mediated between Club Chairman Paul Odell and Molin, the league said.",
    m: ["Lena Brandt", "Paul Odell", "Molin"],
    rows: ["Lena Brandt -mediated-> Paul Odell", "Lena Brandt -mediated-> Molin"]
  },
  "negative (no title head): A mediated between Riverside Fans B and C": {
    s: "Lena Brandt mediated between Riverside Fans Paul Odell and Molin.",
    m: ["Lena Brandt", "Paul Odell", "Molin"],
    rows: []
  }
};

describe("stage 07 (round 23): titled parties after 'between'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
