/**
 * Stage 07 on invented sentences (round 28): criticism received, its giver after "from". "B drew / faced / attracted
 * (sharp) criticism (condemnation, a rebuke) from A" → A criticised B (nominal.ts criticismReceived). Negatives: a
 * thing that drew criticism (no receiver named), praise drawn, criticism of the criticism, gunfire ("came under fire
 * from" is not read).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B drew criticism from A → A criticised B": {
    s: "Mayor Ines Duarte drew criticism from fire chief Rui Matos for closing two stations.",
    m: ["Ines Duarte", "Rui Matos"],
    rows: ["Rui Matos -criticized-> Ines Duarte"]
  },
  "B faced sharp condemnation from A → A criticised B": {
    s: "The junta leader, Omar Said, faced sharp condemnation from the African Union after the arrests.",
    m: ["Omar Said", "African Union:organization"],
    rows: ["African Union -criticized-> Omar Said"]
  },
  "B has drawn a rebuke from A and C → both criticised B": {
    s: "Selim Oz has drawn a rebuke from Lena Berg and Ana Vidal.",
    m: ["Selim Oz", "Lena Berg", "Ana Vidal"],
    rows: ["Lena Berg -criticized-> Selim Oz", "Ana Vidal -criticized-> Selim Oz"]
  },
  "negative: a plan drew criticism (no receiver named)": {
    s: "The dam plan drew criticism from Lena Berg.",
    m: ["Lena Berg"],
    rows: []
  },
  "negative: praise drawn": {
    s: "Selim Oz drew praise from Lena Berg for the rescue.",
    m: ["Selim Oz", "Lena Berg"],
    rows: []
  },
  "negative: a convoy under fire from rebels": {
    s: "Selim Oz's convoy came under fire from the Sierra Front near the border.",
    m: ["Selim Oz", "Sierra Front:group"],
    rows: []
  }
};

describe("round 28 verbs: criticism received from someone", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
