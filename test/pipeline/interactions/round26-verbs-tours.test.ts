/**
 * Stage 07 on invented sentences (round 26): a tour of a place. "A toured / will tour X" means A visited X
 * when A is a person and X a place (model interaction-verbs.ts, placeTarget, personSource).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'President A will tour X on Monday' → A visited X": {
    s: "President Tom Hale will tour Bergen on Monday and meet families at the shelter.",
    m: ["Tom Hale", "Bergen:place"],
    rows: ["Tom Hale -visited-> Bergen"],
    modality: "planned"
  },
  "positive: 'A toured X by helicopter' → A visited X": {
    s: "Interior Minister Ann Vidal toured Orvik by helicopter after the floods.",
    m: ["Ann Vidal", "Orvik:place"],
    rows: ["Ann Vidal -visited-> Orvik"]
  },
  "negative (a band: 'The Rolling Stones toured Europe'): no person, no visit": {
    s: "The Rolling Stones toured Europe in 1995.",
    m: ["Rolling Stones:organization", "Europe:place"],
    rows: []
  },
  "negative ('toured the flooded valley with B'): no place named, no visit": {
    s: "Tom Hale toured the flooded valley with Joe Bell.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (a noun: 'was given a tour of X'): no visit read here": {
    s: "Tom Hale was given a tour of the Bergen plant.",
    m: ["Tom Hale", "Bergen:place"],
    rows: []
  }
};

describe("round 26: tours", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
