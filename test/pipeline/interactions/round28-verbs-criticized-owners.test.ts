/**
 * Stage 07 on invented sentences (round 28): criticism told through what a person owns. "A accused / criticised /
 * condemned B's government (handling, slow response, decision …)" → A criticised B (interactions/criticism.ts,
 * model CRITICIZED_POSSESSIONS). Negatives: B's driver or B's party (someone else), praise of B's government (no
 * criticism verb), a possession with no criticism ("visited B's government offices").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A accused B's government of … → A criticised B": {
    s: "Opposition leader Rui Matos accused Ana Vidal's government of \"hiding the true death toll\" after the floods.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: ["Rui Matos -criticized-> Ana Vidal"]
  },
  "A condemned B's slow response → A criticised B": {
    s: "The aid group's director, Lena Berg, condemned Governor Selim Oz's slow response to the earthquake.",
    m: ["Lena Berg", "Selim Oz"],
    rows: ["Lena Berg -criticized-> Selim Oz"]
  },
  "A criticised B's handling of … → A criticised B": {
    s: "Union chief Omar Said criticised Ines Duarte's handling of the rail strike.",
    m: ["Omar Said", "Ines Duarte"],
    rows: ["Omar Said -criticized-> Ines Duarte"]
  },
  "negative: accused B's driver of speeding (someone else)": {
    s: "Rui Matos accused Ana Vidal's driver of speeding through the village.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: []
  },
  "negative: criticised B's party (someone else)": {
    s: "Rui Matos criticised Ana Vidal's party for the delay.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: []
  },
  "negative: praised B's government (no criticism)": {
    s: "Rui Matos praised Ana Vidal's government for its quick response.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: []
  }
};

describe("round 28 verbs: criticism of what a person owns", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
