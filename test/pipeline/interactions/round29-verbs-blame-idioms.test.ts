/**
 * Stage 07 on invented sentences (round 29, verb class of criticism): the idioms of blame "lay X at the door of B" and
 * "point the finger at B" → A criticized B.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "laid the blame squarely at the door of a company → criticized": {
    s: "In a radio interview, Ola Berg laid the blame squarely at the door of Nordgrid.",
    m: ["Ola Berg", "Nordgrid:organization"],
    rows: ["Ola Berg -criticized-> Nordgrid"]
  },
  "laid the deaths at the door of a company → criticized": {
    s: "Senator Ruth Gale laid the deaths at the door of Blue Rail, saying it ignored warnings.",
    m: ["Ruth Gale", "Blue Rail:organization"],
    rows: ["Ruth Gale -criticized-> Blue Rail"]
  },
  "pointed the finger at an operator → criticized": {
    s: "Senator Ruth Gale pointed the finger at the operator, Blue Rail, for the delays.",
    m: ["Ruth Gale", "Blue Rail:organization"],
    rows: ["Ruth Gale -criticized-> Blue Rail"]
  },
  "pointed the finger of blame at a minister → criticized": {
    s: "The flood victims' spokesman, Ivo Kral, pointed the finger of blame at Water Minister Lena Sova.",
    m: ["Ivo Kral", "Lena Sova"],
    rows: ["Ivo Kral -criticized-> Lena Sova"]
  },
  "negative: gifts laid at the door of a bishop (a tribute)": {
    s: "Villager Ivo Kral laid gifts at the door of Bishop Luca Ferri.",
    m: ["Ivo Kral", "Luca Ferri"],
    rows: []
  },
  "negative: refused to point the finger (an act not done)": {
    s: "Ruth Gale refused to point the finger at Tom Hale.",
    m: ["Ruth Gale", "Tom Hale"],
    rows: []
  },
  "negative: pointed at someone in a crowd (a gesture)": {
    s: "Ruth Gale pointed at Tom Hale in the crowd.",
    m: ["Ruth Gale", "Tom Hale"],
    rows: []
  }
};

describe("round 29 verbs: idioms of blame", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
