/**
 * Stage 07 on invented sentences (round 33): a request told by its answer. "A approved / granted / turned down a request
 * from B (for help)", "A granted B's request" → B asked A. Not a negated or pending answer, not a newsroom's request for
 * comment, not a request of someone's relatives or lawyers.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A approved a request from <province> for trucks → B asked A": {
    s: "Premier Jonas Eke signed off on nothing but approved a request from Kessel for army trucks.",
    m: ["Jonas Eke", "Kessel:place"],
    rows: ["Kessel -asked-> Jonas Eke"],
    rule: "nominal-granted-request"
  },
  "A granted a request from a body for a loan → B asked A": {
    s: "The Velmar Development Bank granted a request from the Lakeland Water Board for an emergency loan on Friday.",
    m: ["Velmar Development Bank:organization", "Lakeland Water Board:organization"],
    rows: ["Lakeland Water Board -asked-> Velmar Development Bank"]
  },
  "A turned down a formal request from B → B asked A": {
    s: "Mayor Ana Vidal turned down a formal request from the Harbour Rowing Club to close the bridge.",
    m: ["Ana Vidal", "Harbour Rowing Club:organization"],
    rows: ["Harbour Rowing Club -asked-> Ana Vidal"]
  },
  "A granted B's request → B asked A": {
    s: "Mayor Ana Vidal granted Tom Berg's request for a permit.",
    m: ["Ana Vidal", "Tom Berg"],
    rows: ["Tom Berg -asked-> Ana Vidal"]
  },
  "negative: an answer not yet given": {
    s: "Mayor Ana Vidal has not yet approved a request from Tom Berg for a permit.",
    m: ["Ana Vidal", "Tom Berg"],
    rows: []
  },
  "negative: a newsroom's request for comment": {
    s: "Mayor Ana Vidal declined a request from Reuters for comment.",
    m: ["Ana Vidal", "Reuters:media"],
    rows: []
  },
  "negative: a request from someone's lawyers is not that person's": {
    s: "Mayor Ana Vidal approved a request from Tom Berg's lawyers for a delay.",
    m: ["Ana Vidal", "Tom Berg"],
    rows: []
  },
  "negative: an answer still to come": {
    s: "Mayor Ana Vidal is expected to approve a request from Tom Berg for a permit.",
    m: ["Ana Vidal", "Tom Berg"],
    rows: []
  }
};

describe("stage 07, round 33: requests told by their answer", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
