/**
 * Stage 07 on invented sentences (round 28): planned meetings. "A is expected / due / scheduled / set to sit down with
 * B" → A met B, a plan; "A is due in X on Sunday, when he will see B" → A met B, a plan (a trip's word before "will
 * see"). Negatives: agreeing or refusing to sit down (no meeting), an interview, "will see B play" (a sight),
 * "will see B" with no trip ("voters will see B for what she is", "will see B in court").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A is expected to sit down with B → A met B (planned)": {
    s: "Union leader Rui Matos is expected to sit down with Labour Minister Ana Vidal later this month.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: ["Rui Matos -met-> Ana Vidal"],
    modality: "planned"
  },
  "A is due to sit down with B → A met B (planned)": {
    s: "The mediator, Lars Holm, is due to sit down with Selim Oz on Thursday.",
    m: ["Lars Holm", "Selim Oz"],
    rows: ["Lars Holm -met-> Selim Oz"],
    modality: "planned"
  },
  "A is due in X, when he will see B → A met B (planned)": {
    s: "Interior Minister Selim Oz is due in Malatya on Sunday, when he will see Governor Ayla Demir.",
    m: ["Selim Oz", "Malatya:place", "Ayla Demir"],
    rows: ["Selim Oz -visited-> Malatya", "Selim Oz -met-> Ayla Demir"]
  },
  "A will travel to X, where she will see B → A met B": {
    s: "Ana Vidal will travel to Setubal on Friday, where she will see Rui Matos.",
    m: ["Ana Vidal", "Setubal:place", "Rui Matos"],
    rows: ["Ana Vidal -visited-> Setubal", "Ana Vidal -met-> Rui Matos"]
  },
  "negative: refused to sit down with B": {
    s: "Rui Matos refused to sit down with Ana Vidal.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: []
  },
  "negative: set to sit down with a reporter for an interview": {
    s: "Rui Matos is set to sit down with Lena Berg of the BBC for an interview.",
    m: ["Rui Matos", "Lena Berg", "BBC:media"],
    rows: []
  },
  "negative: fans will see B play on a trip": {
    s: "Ana Vidal will travel to Setubal, where fans will see Rui Matos play.",
    m: ["Ana Vidal", "Setubal:place", "Rui Matos"],
    rows: ["Ana Vidal -visited-> Setubal"]
  },
  "negative: will see B for what she is (no trip)": {
    s: "Rui Matos said voters will see Ana Vidal for what she is.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: []
  },
  "negative: will see B in court (no trip)": {
    s: "Rui Matos will see Ana Vidal in court.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: []
  }
};

describe("round 28 verbs: planned meetings", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
