/**
 * Stage 07 on invented sentences (round 26): thanks sent like a message. "A sent / sends (his) (deep)
 * thanks / gratitude / appreciation to B" means A thanked B (model interaction-verbs.ts THANKS_GIVING_VERBS).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A sent his thanks to B and to C' → A thanked B, A thanked C": {
    s: "Mayor Ann Vidal sent her thanks to Tom Hale and to Joe Bell after the flood waters fell.",
    m: ["Ann Vidal", "Tom Hale", "Joe Bell"],
    rows: ["Ann Vidal -thanked-> Tom Hale", "Ann Vidal -thanked-> Joe Bell"]
  },
  "positive: 'A sends its deepest gratitude to B' → A thanked B": {
    s: "The Miners Union sends its deepest gratitude to the Red Cross for the rescue.",
    m: ["Miners Union:organization", "Red Cross:organization"],
    rows: ["Miners Union -thanked-> Red Cross"]
  },
  "negative (unnamed senders): no row": {
    s: "The rescued climbers sent their appreciation to Norway in a short video.",
    m: ["Norway:country"],
    rows: []
  },
  "negative ('was sent home thanks to B'): the adverb 'thanks to', no thanks": {
    s: "Tom Hale was sent home thanks to Joe Bell.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative ('sent the miners, thanks to B, to the surface'): no thanks": {
    s: "Tom Hale sent the miners, thanks to Joe Bell, to the surface.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative ('sent a letter to B'): a letter, no thanks": {
    s: "Tom Hale sent a letter to Joe Bell about the strike.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  }
};

describe("round 26: sent thanks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
