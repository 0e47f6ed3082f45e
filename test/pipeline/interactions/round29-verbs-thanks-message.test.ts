/**
 * Stage 07 on invented sentences (round 29, verb class of thanks): thanks told as a message: "A sent / conveyed a
 * message of thanks (gratitude) to B" → A thanked B; not "to B from C" (C's thanks carried).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "sent a message of thanks to a person → thanked": {
    s: "Mayor Ana Costa sent a message of thanks to fire chief Tom Hale.",
    m: ["Ana Costa", "Tom Hale"],
    rows: ["Ana Costa -thanked-> Tom Hale"]
  },
  "conveyed a message of gratitude to a country → thanked": {
    s: "Prime Minister Omar Faye conveyed a message of gratitude to Norway for the rescue teams.",
    m: ["Omar Faye", "Norway:country"],
    rows: ["Omar Faye -thanked-> Norway"]
  },
  "negative: a message of thanks carried from someone else": {
    s: "Ana Costa sent a message of thanks to Tom Hale from Ruth Gale.",
    m: ["Ana Costa", "Tom Hale", "Ruth Gale"],
    rows: []
  },
  "negative: received a message of thanks (no giving verb)": {
    s: "Ana Costa received a message of thanks addressed to Tom Hale.",
    m: ["Ana Costa", "Tom Hale"],
    rows: []
  }
};

describe("round 29 verbs: a message of thanks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
