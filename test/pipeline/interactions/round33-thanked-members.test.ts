/**
 * Stage 07 on invented sentences (round 33): thanks to a body's people are thanks to the body. "A thanked (the)
 * volunteers / firefighters / staff of B" → A thanked B. Not negated thanks, not the people of a place, not a person's
 * family.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A thanked workers from B → A thanked B": {
    s: "Senator Pia Lund thanked workers from the Tarn Water Board after the storm.",
    m: ["Pia Lund", "Tarn Water Board:organization"],
    rows: ["Pia Lund -thanked-> Tarn Water Board"],
    rule: "nominal-thanked-members"
  },
  "<apposition>, A, thanked the pilots of ACRONYM in a video → A thanked it": {
    s: "One rescued climber, Jonas Eke, thanked the pilots of the NAS in a video.",
    m: ["Jonas Eke", "NAS:organization"],
    rows: ["Jonas Eke -thanked-> NAS"]
  },
  "A thanked all the brave crews from B → A thanked B": {
    s: "Mayor Tom Berg thanked all the brave crews from the Harbour Lifeboat Service.",
    m: ["Tom Berg", "Harbour Lifeboat Service:organization"],
    rows: ["Tom Berg -thanked-> Harbour Lifeboat Service"]
  },
  "negative: thanks never given": {
    s: "Ana Lee never thanked the staff of the Velm Hospital.",
    m: ["Ana Lee", "Velm Hospital:organization"],
    rows: []
  },
  "negative: the people of a place": {
    s: "Ana Lee thanked the people of Velm.",
    m: ["Ana Lee", "Velm:place"],
    rows: []
  },
  "negative: 'thanks to' the volunteers of B tells a cause": {
    s: "Thanks to the volunteers of the Velmar Red Cross, Ana Lee survived.",
    m: ["Velmar Red Cross:organization", "Ana Lee"],
    rows: []
  }
};

describe("stage 07, round 33: thanks to a body's people", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
