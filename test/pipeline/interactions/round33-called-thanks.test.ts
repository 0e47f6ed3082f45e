/**
 * Stage 07 on invented sentences (round 33): a call made to give thanks as a noun. "A called / rang B (on Monday) to
 * express his gratitude / to convey Velmar's thanks" → A thanked B (the call's content only, as "telephoned B to express
 * gratitude" already was). Not another person's thanks carried, not "called B a liar", not a courtesy call.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A called B on Monday to express his thanks → A thanked B": {
    s: "Tom Berg called Ana Lee on Monday to express his thanks.",
    m: ["Tom Berg", "Ana Lee"],
    rows: ["Tom Berg -thanked-> Ana Lee"]
  },
  "A rang B to convey <country>'s gratitude → A thanked B": {
    s: "Tom Berg rang Ana Lee to convey Velmar's gratitude for the rescue.",
    m: ["Tom Berg", "Ana Lee", "Velmar:country"],
    rows: ["Tom Berg -thanked-> Ana Lee"]
  },
  "A called B to express deep appreciation → A thanked B": {
    s: "Mayor Tom Berg called the fire chief, Ana Lee, to express his deep appreciation.",
    m: ["Tom Berg", "Ana Lee"],
    rows: ["Tom Berg -thanked-> Ana Lee"]
  },
  "negative: another person's thanks carried": {
    s: "Tom Berg called Ana Lee to convey Omar Saleh's thanks.",
    m: ["Tom Berg", "Ana Lee", "Omar Saleh"],
    rows: []
  },
  "negative: called B a liar": {
    s: "Tom Berg called Ana Lee a liar.",
    m: ["Tom Berg", "Ana Lee"],
    rows: []
  },
  "negative: a courtesy call stays a meeting": {
    s: "Tom Berg called Ana Lee to congratulate her.",
    m: ["Tom Berg", "Ana Lee"],
    rows: ["Tom Berg -met-> Ana Lee"]
  }
};

describe("stage 07, round 33: calls made to give thanks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
