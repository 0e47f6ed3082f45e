/**
 * Stage 07 on invented sentences (round 26): a meeting told by where the two sat. "A sat across the (negotiating)
 * table from B" and "A and B sat across a table from each other" mean A met B (model interaction-verbs.ts;
 * not with a media outlet nor in an interview).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A sat across the table from B for four hours' → A met B": {
    s: "Union leader Tom Hale sat across the table from Acme's chief executive, Joe Bell, for four hours.",
    m: ["Tom Hale", "Acme:organization", "Joe Bell"],
    rows: ["Tom Hale -met-> Joe Bell"]
  },
  "positive: 'A and B finally sat across a table from each other' → A met B": {
    s: "Ann Vidal and Joe Bell finally sat across a table from each other in Bergen on Monday.",
    m: ["Ann Vidal", "Joe Bell", "Bergen:place"],
    rows: ["Ann Vidal -met-> Joe Bell"]
  },
  "negative (parliament: 'sat across the aisle from B'): no meeting": {
    s: "Tom Hale sat across the aisle from Joe Bell in parliament for a decade.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (an interview on a broadcaster): no meeting": {
    s: "Tom Hale sat across the table from Joe Bell during the interview on CNN.",
    m: ["Tom Hale", "Joe Bell", "CNN:media"],
    rows: []
  },
  "negative (review 26 verbs F3): a chess final": {
    s: "Ana Lind sat across the table from Eva Berg in the chess final.",
    m: ["Ana Lind", "Eva Berg"],
    rows: []
  },
  "negative (review 26 verbs F3): a wedding dinner": {
    s: "Tom Hale sat across the table from Joe Bell at the wedding dinner.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  }
};

describe("round 26: sat across the table", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
