/**
 * Stage 07 on invented sentences (round 17): an outlet told something may be named past the
 * mention the name stage found ("told Zambia Today …": a country mention and a capitalised word);
 * "he/she" after it then stands for the one who told, as after "told Radio Sur":
 * - "A told <Country> Today last month that she had met B" → A met B;
 * - "A told the <Body> Evening Star that he had thanked B" → A thanked B.
 * Negatives: a person told with a capitalised word after the name (the pronoun may be hers), in a
 * news and a sports sentence.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A told <Country> Today last month that she had met B → A met B": {
    s: "Ines Mota told Zambia Today last month that she had met Hugo Ibarra in Lusaka.",
    m: ["Ines Mota", "Zambia:country", "Hugo Ibarra", "Lusaka:place"],
    d: ["last month=2025-09"],
    rows: ["Ines Mota -met-> Hugo Ibarra"]
  },
  "A told the <Body> Evening Star that he had thanked B → A thanked B": {
    s: "Kojo Mensah told the Ruvuma Evening Star that he had thanked Bishop Dario Bellini.",
    m: ["Kojo Mensah", "Ruvuma:organization", "Dario Bellini"],
    rows: ["Kojo Mensah -thanked-> Dario Bellini"]
  },
  "negative: a person told with a capitalised word after the name is no outlet": {
    s: "Sergio Ribeiro told Ines Mota Senior that she had met Hugo Ibarra.",
    m: ["Sergio Ribeiro", "Ines Mota", "Hugo Ibarra"],
    rows: []
  },
  "negative (sport): a player told, with a capitalised word after her name, is no outlet": {
    s: "Coach Dario Bellini told Ines Mota Junior that she had met Hugo Ibarra at training.",
    m: ["Dario Bellini", "Ines Mota", "Hugo Ibarra"],
    rows: []
  }
};

describe("round 17: outlets named past their mention", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
