/**
 * Stage 07 on invented sentences (round 28): a meeting told by the time spent together. "A spent an hour / the
 * afternoon / 45 minutes / some time with B" → A met B (SPENT_WITH_SPANS). Negatives: years in prison with B (fellow
 * captives), the night with B, a team or a family (no person), a practice session before a final (a game), a
 * span with no "with" right after it.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A spent an hour with B and C → A met B, A met C": {
    s: "Labour Minister Ana Vidal spent an hour with union leader Rui Matos and Paulo Brito on Friday, her office said.",
    m: ["Ana Vidal", "Rui Matos", "Paulo Brito"],
    rows: ["Ana Vidal -met-> Rui Matos", "Ana Vidal -met-> Paulo Brito"]
  },
  "A spent the afternoon with B → A met B": {
    s: "The envoy, Lars Holm, spent the afternoon with Governor Selim Oz at the provincial office.",
    m: ["Lars Holm", "Selim Oz"],
    rows: ["Lars Holm -met-> Selim Oz"]
  },
  "A spent 45 minutes with B → A met B": {
    s: "Bishop Tomas Rueda spent 45 minutes with the kidnapped teacher's mother, Rosa Pineda.",
    m: ["Tomas Rueda", "Rosa Pineda"],
    rows: ["Tomas Rueda -met-> Rosa Pineda"]
  },
  "A will spend some time with B → A met B (a plan)": {
    s: "Mayor Ines Duarte will spend some time with Omar Said in Braga on Monday.",
    m: ["Ines Duarte", "Omar Said", "Braga:place"],
    rows: ["Ines Duarte -met-> Omar Said"],
    modality: "planned"
  },
  "negative: years in prison with B (fellow captives)": {
    s: "Omar Said spent two years in prison with Rui Matos.",
    m: ["Omar Said", "Rui Matos"],
    rows: []
  },
  "negative: the night with B": {
    s: "Omar Said spent the night with Rosa Pineda.",
    m: ["Omar Said", "Rosa Pineda"],
    rows: []
  },
  "negative: the day with a team": {
    s: "Omar Said spent the day with the Braga Rowing Club.",
    m: ["Omar Said", "Braga Rowing Club:organization"],
    rows: []
  },
  "negative: practice before a final": {
    s: "Omar Said spent an hour with Rui Matos on the practice court before the final.",
    m: ["Omar Said", "Rui Matos"],
    rows: []
  },
  "negative: time spent on a task, then with": {
    s: "Omar Said spent an hour on the phone, then left with Rui Matos.",
    m: ["Omar Said", "Rui Matos"],
    rows: []
  }
};

describe("round 28 verbs: time spent with a person is a meeting", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
