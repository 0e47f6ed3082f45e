/**
 * Stage 07 on invented sentences (round 26): help told by what is supplied. "A supplied / provided /
 * furnished / equipped B with <aid: tents, food, helicopters, divers …>" means A assisted B (model
 * interaction-verbs.ts, flag aidWith, SUPPLIED_AID_NOUNS; verbs-go-betweens.ts aidAfter).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A is supplying B with water tablets and blankets' → A assisted B": {
    s: "UNICEF is supplying the Red Cross with water tablets and blankets in the flooded district.",
    m: ["UNICEF:organization", "Red Cross:organization"],
    rows: ["UNICEF -assisted-> Red Cross"]
  },
  "positive: 'A provided B with two helicopters' → A assisted B": {
    s: "Norway provided Ghana with two helicopters and a team of divers after the ferry sank.",
    m: ["Norway:country", "Ghana:country"],
    rows: ["Norway -assisted-> Ghana"]
  },
  "positive: 'A equipped B with boats' → A assisted B": {
    s: "The Ruritanian army equipped the Red Cross with boats.",
    m: ["Ruritanian army:organization", "Red Cross:organization"],
    rows: ["Ruritanian army -assisted-> Red Cross"]
  },
  "negative ('provided police with information'): no aid": {
    s: "Tom Hale provided the Delta Police with information about the gang.",
    m: ["Tom Hale", "Delta Police:organization"],
    rows: []
  },
  "negative ('supplied B with a list of names'): no aid": {
    s: "Acme supplied the Miners Union with a list of names.",
    m: ["Acme:organization", "Miners Union:organization"],
    rows: []
  },
  "negative (sport kit: 'supplied B with new kits'): no aid": {
    s: "Nike supplied Ajax with new kits for the season.",
    m: ["Nike:organization", "Ajax:organization"],
    rows: []
  },
  "negative (the aid noun far from 'with': 'provided B with details of the food shortage'): no aid": {
    s: "Tom Hale provided Joe Bell with details of the regional food shortage.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  }
};

describe("round 26: aid supplied", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
