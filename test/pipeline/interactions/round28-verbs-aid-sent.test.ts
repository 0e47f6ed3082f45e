/**
 * Stage 07 on invented sentences (round 28): aid sent to someone. "A sent / dispatched aid (rescuers, two helicopters,
 * a hospital ship …) to B", "A sent two boats and a spotter plane to help B" → A assisted B (nominal.ts aidSent, model
 * SENT_AID_NOUNS). Negatives: troops sent (an invasion sends them too), aid sent to a place (names where, not whom), a
 * letter sent.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A sent aid to B → A assisted B": {
    s: "Kenya sent aid to Somalia on Tuesday after the Juba river burst its banks.",
    m: ["Kenya:country", "Somalia:country"],
    rows: ["Kenya -assisted-> Somalia"]
  },
  "A dispatched two helicopters to B → A assisted B": {
    s: "The Red Crescent dispatched two helicopters and a team of medics to Morocco.",
    m: ["Red Crescent:organization", "Morocco:country"],
    rows: ["Red Crescent -assisted-> Morocco"]
  },
  "A sent boats and a spotter plane to help B → A assisted B": {
    s: "The coast guard has sent three boats and a spotter plane to help the Sea Rescue Society with the search.",
    m: ["coast guard:organization", "Sea Rescue Society:organization"],
    rows: ["coast guard -assisted-> Sea Rescue Society"]
  },
  "negative: troops sent": {
    s: "Rwanda sent troops to Mozambique in 2021.",
    m: ["Rwanda:country", "Mozambique:country"],
    rows: []
  },
  "negative: aid sent to a place": {
    s: "Kenya sent aid to Garissa after the floods.",
    m: ["Kenya:country", "Garissa:place"],
    rows: []
  },
  "negative: a letter sent": {
    s: "Kenya sent a letter to Somalia about the border.",
    m: ["Kenya:country", "Somalia:country"],
    rows: []
  }
};

describe("round 28 verbs: aid sent is help", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
