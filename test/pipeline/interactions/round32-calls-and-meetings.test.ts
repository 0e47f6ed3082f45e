/**
 * Stage 07 on invented sentences (round 32): two meeting phrases.
 * - "A got / received a call from B (on Wednesday)" → A met B, a call with no other content; with content told ("… and
 *   thanked him") the content only, as for any call (interactions/calls.ts isCall);
 * - "A is (now) holding a meeting / talks with B" → A met B.
 * Not a call only hoped for or never made, not meetings refused.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A got a call from Premier B on Sunday' → A met B": {
    s: "The goalkeeper's uncle, Karl Moss, got a call from Premier Lena Dahl on Sunday.",
    m: ["Karl Moss", "Lena Dahl"],
    rows: ["Karl Moss -met-> Lena Dahl"]
  },
  "positive: 'A took a call from B' → A met B": {
    s: "Mayor Ines Vidal took a call from Governor Jorge Pinto after the flood.",
    m: ["Ines Vidal", "Jorge Pinto"],
    rows: ["Ines Vidal -met-> Jorge Pinto"]
  },
  "positive: 'A was holding talks with the site's owner, B, late on Friday' → A met B": {
    s: "Mayor Tom Hale was holding talks with the site's owner, Otto Berg, late on Friday.",
    m: ["Tom Hale", "Otto Berg"],
    rows: ["Tom Hale -met-> Otto Berg"]
  },
  "different row (content: 'got a call from B … and thanked him'): the thanks only": {
    s: "Ana Lee took a call from Governor Tom Hale after the storm and thanked him for the rescue boats.",
    m: ["Ana Lee", "Tom Hale"],
    rows: ["Ana Lee -thanked-> Tom Hale"]
  },
  "negative (never made: 'A never got a call from B'): no row": {
    s: "Ana Lee never got a call from Tom Hale.",
    m: ["Ana Lee", "Tom Hale"],
    rows: []
  },
  "negative (hoped for: 'A hoped to get a call from B'): no row": {
    s: "Ana Lee hoped to get a call from Tom Hale.",
    m: ["Ana Lee", "Tom Hale"],
    rows: []
  },
  "negative (refused: 'A has refused to hold meetings with B'): no row": {
    s: "Tom Hale has refused to hold meetings with Otto Berg.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  }
};

describe("findInteractions: round 32 calls received and meetings in progress", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
