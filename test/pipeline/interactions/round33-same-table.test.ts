/**
 * Stage 07 on invented sentences (round 33): mediation told by one shared place, with no word of talks needed. "A brought
 * B and C to the same table on <date>", "A coaxed B and C into the same room", "A sat B and C down at one table" → A
 * mediated B and C. Not a meal or a party, not one side alone, not an exam.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "<apposition>, A, brought B and C to the same table <when> → A mediated both": {
    s: "A retired admiral, Mara Holt, brought Jonas Eke and Pia Lund to the same table in late May.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: ["Mara Holt -mediated-> Jonas Eke", "Mara Holt -mediated-> Pia Lund"]
  },
  "A coaxed B and C into the same room → A mediated both": {
    s: "Norland's envoy, Mara Holt, eventually coaxed Tarnia and the Red Hand into the same room last winter.",
    m: ["Norland:country", "Mara Holt", "Tarnia:country", "Red Hand:organization"],
    rows: ["Mara Holt -mediated-> Tarnia", "Mara Holt -mediated-> Red Hand"]
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
