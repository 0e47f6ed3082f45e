/**
 * Stage 07 on invented sentences (round 22): the leader of a delegation makes its trip and its
 * meetings, with an adverb before the verb (find-interactions.ts withDelegationLeader):
 * - "A X delegation headed by P last visited Y in January" → X visited Y, P visited Y;
 * - "A X delegation headed by P also met B" → X met B, P met B.
 * Negative: "never" is no adverb the leader's trip passes over: only the (hypothetical) row of the
 * delegation's sender stays, P gets none.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a X delegation headed by P last visited Y → P visited Y": {
    s: "A Dockers Union delegation headed by Kojo Badu last visited Lagos in January.",
    m: ["Dockers Union:organization", "Kojo Badu", "Lagos:place"],
    rows: ["Dockers Union -visited-> Lagos", "Kojo Badu -visited-> Lagos"]
  },
  "a X delegation led by P also met B → P met B": {
    s: "A Dockers Union delegation led by Kojo Badu also met Ruth Ansah in Tema.",
    m: ["Dockers Union:organization", "Kojo Badu", "Ruth Ansah", "Tema:place"],
    rows: ["Dockers Union -met-> Ruth Ansah", "Kojo Badu -met-> Ruth Ansah"]
  },
  "negative (labour): 'never' is no adverb passed over": {
    s: "A Dockers Union delegation headed by Kojo Badu never visited Lagos.",
    m: ["Dockers Union:organization", "Kojo Badu", "Lagos:place"],
    rows: ["Dockers Union -visited-> Lagos"],
    modality: "hypothetical"
  }
};

describe("stage 07 (round 22): delegation leaders' visits", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
