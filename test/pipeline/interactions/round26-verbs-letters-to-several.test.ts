/**
 * Stage 07 on invented sentences (round 26): a letter asking for something written to several. "A wrote to B
 * and (to) C asking …" and "A had written to B, C and D asking …" mean A asked each one written to
 * (find-interactions.ts letterRequest walks back over the list of addressees).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A had written to B and to C asking for help' → A asked B, A asked C": {
    s: "Ann Vidal had written to Tom Hale and to Joe Bell asking for help with the search.",
    m: ["Ann Vidal", "Tom Hale", "Joe Bell"],
    rows: ["Ann Vidal -asked-> Tom Hale", "Ann Vidal -asked-> Joe Bell"]
  },
  "positive: 'A wrote to B, C and D asking them to …' → A asked all three": {
    s: "The Miners Union wrote to Acme, the Red Cross and Governor Tom Hale asking them to reopen the road.",
    m: ["Miners Union:organization", "Acme:organization", "Red Cross:organization", "Tom Hale"],
    rows: ["Miners Union -asked-> Acme", "Miners Union -asked-> Red Cross", "Miners Union -asked-> Tom Hale"]
  },
  "negative (another verb's object before 'and wrote to C'): only C is asked": {
    s: "Ann Vidal met Tom Hale and wrote to Joe Bell asking for help.",
    m: ["Ann Vidal", "Tom Hale", "Joe Bell"],
    rows: ["Ann Vidal -met-> Tom Hale", "Ann Vidal -asked-> Joe Bell"]
  },
  "negative (no request: 'wrote to B and to C'): no row": {
    s: "Ann Vidal wrote to Tom Hale and to Joe Bell last year.",
    m: ["Ann Vidal", "Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (review 26 verbs F4): 'A wrote to B and C replied, asking …': C asks, in a clause of his own": {
    s: "Ann Vidal wrote to Tom Hale and Joe Bell replied, asking for time.",
    m: ["Ann Vidal", "Tom Hale", "Joe Bell"],
    rows: []
  }
};

describe("round 26: letters to several", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
