/**
 * Stage 07 on invented sentences (round 32): "A turned on B, saying …" is criticism of B, as "lashed out at B" is, only
 * with a sign of speech (model interaction-verbs.ts, speechCue) and no game: a dog turning on its owner, fans turning
 * on a coach after a final and a switch turned on are none.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A turned on B, saying it had renewed the licence' → A criticized B": {
    s: "The regional governor, Ana Lee, turned on the Delta Shipping Agency, saying it had renewed the ferry's licence without an inspection.",
    m: ["Ana Lee", "Delta Shipping Agency:organization"],
    rows: ["Ana Lee -criticized-> Delta Shipping Agency"]
  },
  "positive: 'A turned on B, which she said had … \"without anyone looking\"' (a quote) → A criticized B": {
    s: "Mayor Ines Vidal turned on Acme Steel, which she said had dumped the slag \"without anyone looking\".",
    m: ["Ines Vidal", "Acme Steel:organization"],
    rows: ["Ines Vidal -criticized-> Acme Steel"]
  },
  "positive: 'A turned on B in a statement' → A criticized B": {
    s: "The union leader Karl Moss turned on Governor Jorge Pinto in a statement on Friday.",
    m: ["Karl Moss", "Jorge Pinto"],
    rows: ["Karl Moss -criticized-> Jorge Pinto"]
  },
  "negative (an attack, no speech: 'A turned on B with a knife'): no criticism": {
    s: "Ana Lee turned on Tom Hale with a knife.",
    m: ["Ana Lee", "Tom Hale"],
    rows: []
  },
  "negative (a game: 'the captain turned on coach B after the final, saying …'): no row": {
    s: "Club captain Otto Berg turned on coach Tom Hale after the final, saying the tactics were wrong.",
    m: ["Otto Berg", "Tom Hale"],
    rows: []
  },
  "negative (a switch: 'turned on the floodlights for B's return'): no row": {
    s: "Mayor Ana Lee turned on the floodlights for Tom Hale's return, saying the town was proud.",
    m: ["Ana Lee", "Tom Hale"],
    rows: []
  }
};

describe("findInteractions: round 32 criticism told as turning on someone", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
