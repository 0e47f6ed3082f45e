/**
 * Stage 07 on invented sentences (round 28): criticism by a name of abuse and by a retort. "A branded / labelled B a
 * liar (a traitor, a war criminal …)" → A criticized B (persons only, INSULT_NOUNS); "A hit back at B" with a sign of
 * speech → A criticized B. Negatives: "branded B a hero" (praise), a group branded a criminal gang (a
 * designation), a team hitting back with goals in a final, a retort with no speech told.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A labelled B a liar → A criticized B": {
    s: "At the rally, Senator Rui Matos labelled Mayor Ines Duarte a liar over the dam inspections.",
    m: ["Rui Matos", "Ines Duarte"],
    rows: ["Rui Matos -criticized-> Ines Duarte"]
  },
  "A branded B a traitor → A criticized B": {
    s: "The union leader, Omar Said, branded Labour Minister Ana Vidal a traitor on Monday.",
    m: ["Omar Said", "Ana Vidal"],
    rows: ["Omar Said -criticized-> Ana Vidal"]
  },
  "A hit back at B, saying … → A criticized B": {
    s: "Governor Selim Oz hit back at Lena Berg, saying her report was \"full of errors\".",
    m: ["Selim Oz", "Lena Berg"],
    rows: ["Selim Oz -criticized-> Lena Berg"]
  },
  "negative: branded B a hero": {
    s: "Rui Matos branded Ines Duarte a hero after the rescue.",
    m: ["Rui Matos", "Ines Duarte"],
    rows: []
  },
  "negative: a group branded a criminal gang (a designation, no person)": {
    s: "Canada branded the Sierra Front a criminal gang in 2021.",
    m: ["Canada:country", "Sierra Front:group"],
    rows: []
  },
  "negative: a team hitting back with goals in a final": {
    s: "Porto hit back at Benfica with two late goals in the cup final, the coach said.",
    m: ["Porto:organization", "Benfica:organization"],
    rows: []
  },
  "negative: hit back at B with no speech told": {
    s: "Omar Said hit back at Ana Vidal within a week.",
    m: ["Omar Said", "Ana Vidal"],
    rows: []
  }
};

describe("round 28 verbs: name-calling and retorts are criticism", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
