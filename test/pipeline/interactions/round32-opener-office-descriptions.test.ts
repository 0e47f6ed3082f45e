/**
 * Stage 07, round 32 (subjects): after a short sentence opener, a subject described by an office with its link word
 * and named in commas acts: "Back home in Tana, the deputy chairman of the small-scale cocoa farmers' cooperative, B,
 * criticised C and urged D to …" → B criticized C, B called on D; "In Lagoa, the head of the union, B, …" (arguments.ts
 * namedAfterOpenerDescription: a title and its "of / for / to" describe the person as a possessive did in round 31,
 * over a longer description, hyphens included). Before, the description was too long or had no possessive, and no
 * one acted.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Back home in X, the deputy chairman of the small-scale … cooperative, B, criticised C and urged D": {
    s: "Back home in Tana, the deputy chairman of the small-scale cocoa farmers' cooperative, Mark Hale, criticised the Port Authority for the delays and urged President Ana Lopes to step in.",
    m: ["Tana:place", "Mark Hale", "Port Authority:organization", "Ana Lopes"],
    rows: ["Mark Hale -called_on-> Ana Lopes", "Mark Hale -criticized-> Port Authority"]
  },
  "In X, the head of the union, B, criticised C": {
    s: "In Lagoa, the head of the union, Mark Hale, criticised the Port Authority.",
    m: ["Lagoa:place", "Mark Hale", "Port Authority:organization"],
    rows: ["Mark Hale -criticized-> Port Authority"]
  },
  "On Monday, the spokeswoman for the strikers, B, thanked C": {
    s: "On Monday, the spokeswoman for the striking nurses, Rita Cruz, thanked the Red Cross for its support.",
    m: ["Rita Cruz", "Red Cross:organization"],
    d: ["Monday"],
    rows: ["Rita Cruz -thanked-> Red Cross"]
  },
  "negative: a meeting still to come keeps its modality": {
    s: "In Lagoa, the head of the union, Mark Hale, will meet Tomas Berg next week.",
    m: ["Lagoa:place", "Mark Hale", "Tomas Berg"],
    rows: ["Mark Hale -met-> Tomas Berg"],
    modality: "planned"
  },
  "negative: a refusal to criticise gives no row": {
    s: "In Lagoa, the head of the union, Mark Hale, refused to criticise the Port Authority.",
    m: ["Lagoa:place", "Mark Hale", "Port Authority:organization"],
    rows: []
  },
  "negative: a description without an office's link word stays unread": {
    s: "In Lagoa, the tall man in the grey coat, Mark Hale, criticised the Port Authority.",
    m: ["Lagoa:place", "Mark Hale", "Port Authority:organization"],
    rows: []
  }
};

describe("round 32: 'In X, the head of the union, B, criticised C' → B acts", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
