/**
 * Stage 07 on invented sentences (round 17): partners are relatives a freed person is reunited
 * with, listed like kin after "and his/her" (model/interaction-cues.ts LISTED_RELATIVE_NOUNS):
 * - "A met his sister, B, and his girlfriend, C" → A met B, A met C;
 * - "A was reunited with her father, B, and her fiancé, C" → A met B and C.
 * Negatives: the partner who speaks ("and his girlfriend, C, said …"), a trade ("and his
 * lawyer, C, …"), a sports sentence with no interaction verb.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met his sister, B, and his girlfriend, C → met both": {
    s: "Sergio Ribeiro met his sister, Ines Ribeiro, and his girlfriend, Achol Akech, at the airport.",
    m: ["Sergio Ribeiro", "Ines Ribeiro", "Achol Akech"],
    rows: ["Sergio Ribeiro -met-> Ines Ribeiro", "Sergio Ribeiro -met-> Achol Akech"]
  },
  "A was reunited with her father, B, and her fiancé, C → met both": {
    s: "Ines Mota was reunited with her father, Kojo Mota, and her fiancé, Hugo Ibarra, in Lusaka.",
    m: ["Ines Mota", "Kojo Mota", "Hugo Ibarra", "Lusaka:place"],
    rows: ["Ines Mota -met-> Kojo Mota", "Ines Mota -met-> Hugo Ibarra"]
  },
  "negative: the partner who speaks is not listed": {
    s: "Sergio Ribeiro met his sister, Ines Ribeiro, and his girlfriend, Achol Akech, said he was tired.",
    m: ["Sergio Ribeiro", "Ines Ribeiro", "Achol Akech"],
    rows: ["Sergio Ribeiro -met-> Ines Ribeiro"]
  },
  "negative: a trade after 'and his' is no relative": {
    s: "Sergio Ribeiro met his sister, Ines Ribeiro, and his lawyer, Achol Akech, met the judge.",
    m: ["Sergio Ribeiro", "Ines Ribeiro", "Achol Akech"],
    rows: ["Sergio Ribeiro -met-> Ines Ribeiro"]
  },
  "negative (sport): a partner watching a match is no interaction": {
    s: "Striker Dario Bellini scored twice as his girlfriend, Ines Mota, watched from the stands.",
    m: ["Dario Bellini", "Ines Mota"],
    rows: []
  }
};

describe("round 17: partners listed like kin", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
