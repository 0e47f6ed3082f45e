/**
 * Stage 07 on invented sentences (round 33): mediation told by one shared place, with no word of talks needed. "A brought
 * B and C to the same table on <date>", "A coaxed B and C into the same room", "A sat B and C down at one table" → A
 * mediated B and C. Not a meal or a party, not one side alone, not an exam.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A, who brought B and C to the same table on a day → A mediated both": {
    s: "The Velm channel was opened by the foreign minister, Omar Saleh, who brought Tom Berg and Ana Lee to the same table on April 4.",
    m: ["Omar Saleh", "Tom Berg", "Ana Lee"],
    rows: ["Omar Saleh -mediated-> Tom Berg", "Omar Saleh -mediated-> Ana Lee"]
  },
  "It was A who coaxed B and C into the same room → A mediated both": {
    s: "It was the foreign minister, Omar Saleh, who coaxed Velmar and the Delta Front into the same room, according to three officials.",
    m: ["Omar Saleh", "Velmar:country", "Delta Front:organization"],
    rows: ["Omar Saleh -mediated-> Velmar", "Omar Saleh -mediated-> Delta Front"]
  },
  "A sat B and C down at one table → A mediated both": {
    s: "The labour minister, Omar Saleh, sat Tom Berg and Ana Lee down at one table on April 7 as the strike entered its third week.",
    m: ["Omar Saleh", "Tom Berg", "Ana Lee"],
    rows: ["Omar Saleh -mediated-> Tom Berg", "Omar Saleh -mediated-> Ana Lee"]
  },
  "negative: a family dinner": {
    s: "Ana Lee brought Tom Berg and Omar Saleh to the same table for Christmas dinner.",
    m: ["Ana Lee", "Tom Berg", "Omar Saleh"],
    rows: []
  },
  "negative: one side alone brought to the table": {
    s: "Ana Lee brought Tom Berg to the same table.",
    m: ["Ana Lee", "Tom Berg"],
    rows: []
  },
  "negative: a teacher seating two pupils for an exam": {
    s: "Teacher Ana Lee sat Tom Berg and Omar Saleh down at one table for the exam.",
    m: ["Ana Lee", "Tom Berg", "Omar Saleh"],
    rows: []
  }
};

describe("stage 07, round 33: two sides brought to one place", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
