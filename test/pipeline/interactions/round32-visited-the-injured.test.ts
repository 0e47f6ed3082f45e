/**
 * Stage 07 on invented sentences (round 32): a visit told by the unnamed people it was paid to at a site, "A visited the
 * injured at X", "A visited the wounded at X" → A visited X (model interaction-verbs.ts). Not a team before a game; a visit
 * denied keeps its hypothetical modality.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'After the blast A drove to X, where she visited the survivors at the Y Medical Centre' (a pronoun subject) → A visited Y (and X)": {
    s: "After the blast Mara Tull drove to Brisk, where she visited the survivors at the Brisk Medical Centre.",
    m: ["Mara Tull", "Brisk:place", "Brisk Medical Centre:organization"],
    rows: ["Mara Tull -visited-> Brisk", "Mara Tull -visited-> Brisk Medical Centre"]
  },
  "positive: 'A visited the injured at the Velm Medical Centre on Monday' → A visited it": {
    s: "Governor Ana Lee visited the injured at the Velm Medical Centre on Monday.",
    m: ["Ana Lee", "Velm Medical Centre:organization"],
    rows: ["Ana Lee -visited-> Velm Medical Centre"]
  },
  "positive: 'A visited the wounded at the X Medical Centre after the blast' → A visited it": {
    s: "Mayor Rosa Quint visited the wounded at the Dorfield Medical Centre after the blast.",
    m: ["Rosa Quint", "Dorfield Medical Centre:organization"],
    rows: ["Rosa Quint -visited-> Dorfield Medical Centre"]
  },
  "negative (a game: 'the Rovers visited the injured at the Velm Arena before the final'): no row": {
    s: "The Rovers visited the injured at the Velm Arena before the final.",
    m: ["Rovers:organization", "Velm Arena:organization"],
    rows: []
  },
  "negative (denied: 'A did not visit the injured at the Velm Medical Centre'): not told as done": {
    s: "Governor Ana Lee did not visit the injured at the Velm Medical Centre.",
    m: ["Ana Lee", "Velm Medical Centre:organization"],
    rows: ["Ana Lee -visited-> Velm Medical Centre"],
    modality: "hypothetical"
  }
};

describe("findInteractions: round 32 visits to the injured at a site", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
