/**
 * Stage 07 on invented sentences (round 28): a meal shared is a meeting. "A had lunch / dinner / a working breakfast with
 * B", "A dined / lunched with B" → A met B. Negatives: a meal with a team or a family (no person), a dinner before a
 * final (a game); a meal refused is hypothetical.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A had lunch with B → A met B": {
    s: "Trade Minister Ana Vidal had lunch with the dockers' leader, Rui Matos, in Setubal on Thursday.",
    m: ["Ana Vidal", "Rui Matos", "Setubal:place"],
    rows: ["Ana Vidal -met-> Rui Matos"]
  },
  "A had a working dinner with B → A met B": {
    s: "The envoy Lars Holm had a working dinner with Governor Selim Oz after the floods.",
    m: ["Lars Holm", "Selim Oz"],
    rows: ["Lars Holm -met-> Selim Oz"]
  },
  "A dined with B → A met B": {
    s: "Bishop Tomas Rueda dined with Omar Said on the eve of the prisoner exchange.",
    m: ["Tomas Rueda", "Omar Said"],
    rows: ["Tomas Rueda -met-> Omar Said"]
  },
  "negative: dinner with a rowing club": {
    s: "Omar Said had dinner with the Braga Rowing Club on Friday.",
    m: ["Omar Said", "Braga Rowing Club:organization"],
    rows: []
  },
  "negative: dinner with a teammate before the final": {
    s: "Omar Said had dinner with Rui Matos before the final.",
    m: ["Omar Said", "Rui Matos"],
    rows: []
  },
  "a meal refused is no meeting held (hypothetical)": {
    s: "Omar Said refused to have lunch with Rui Matos.",
    m: ["Omar Said", "Rui Matos"],
    rows: ["Omar Said -met-> Rui Matos"],
    modality: "hypothetical"
  },
  "negative: a meal with a group of the sentence, not a person": {
    s: "Omar Said had lunch with the Kasai Rangers' hostages, Rui Matos said.",
    m: ["Omar Said", "Kasai Rangers:group", "Rui Matos"],
    rows: []
  }
};

describe("round 28 verbs: meals shared are meetings", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
