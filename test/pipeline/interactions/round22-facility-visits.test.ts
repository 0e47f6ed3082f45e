/**
 * Stage 07 on invented sentences (round 22): a visit to a hospital or clinic is no interaction
 * (find-interactions.ts keptTarget; model interaction-cues.ts VISITED_FACILITY_WORDS); the people
 * met there still are.
 * - "A visited the X Teaching Hospital … and met B there" → A met B only.
 * Negatives (the filter stays narrow): a visit to an embassy, which stands for its state, and to a
 * person are kept.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A visited the X Teaching Hospital and met B there → A met B only": {
    s: "Kofi Mensah visited the Korle Bu Teaching Hospital, where 17 wounded miners are being treated, and met Yaw Badu there.",
    m: ["Kofi Mensah", "Korle Bu Teaching Hospital:organization", "Yaw Badu"],
    rows: ["Kofi Mensah -met-> Yaw Badu"]
  },
  "A visited the Tamale Clinic → nothing": {
    s: "Health Minister Ruth Ansah visited the Tamale Clinic on Sunday.",
    m: ["Ruth Ansah", "Tamale Clinic:organization"],
    rows: []
  },
  "kept: a visit to an embassy stands for its state": {
    s: "Kofi Mensah visited the Ghanaian Embassy on Monday.",
    m: ["Kofi Mensah", "Ghanaian Embassy:organization"],
    rows: ["Kofi Mensah -visited-> Ghanaian Embassy"]
  },
  "kept: a visit to a person": {
    s: "Kofi Mensah visited Yaw Badu in Kumasi on Monday.",
    m: ["Kofi Mensah", "Yaw Badu", "Kumasi:place"],
    rows: ["Kofi Mensah -visited-> Yaw Badu"]
  }
};

describe("stage 07 (round 22): visits to hospitals", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
