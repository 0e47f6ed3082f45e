/**
 * Stage 07 on invented sentences (round 22): "one of the <plural noun>, B," names the one member
 * a verb takes (arguments.ts objectsAfter, titleApposition):
 * - "X freed one of the hostages, B, 51, on Monday" → X released B;
 * - "A met one of the strikers, B, at the gate" → A met B.
 * Negative: a name after the comma that opens a clause ("X freed one of the hostages, B said")
 * is the speaker, not the one freed.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "X freed one of the hostages, B, 51, on Monday → X released B": {
    s: "The Sand Wolves freed one of the hostages, Ivar Moe, 51, on Monday to carry a ransom note to the oil firm.",
    m: ["Sand Wolves:group", "Ivar Moe"],
    rows: ["Sand Wolves -released-> Ivar Moe"]
  },
  "A met one of the strikers, B, at the gate → A met B": {
    s: "Labour Minister Ruth Ansah met one of the strikers, Kojo Badu, at the factory gate.",
    m: ["Ruth Ansah", "Kojo Badu"],
    rows: ["Ruth Ansah -met-> Kojo Badu"]
  },
  "negative (kidnapping): a name opening a clause after the comma is the speaker": {
    s: "The Sand Wolves freed one of the hostages, Ivar Moe said on Monday.",
    m: ["Sand Wolves:group", "Ivar Moe"],
    rows: []
  }
};

describe("stage 07 (round 22): one of the <noun>, B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
