/**
 * Stage 07 on invented sentences (round 27): a subject written "<people a body sends> from <body>"
 * ("Volunteers from the X Society have been helping Y", "Divers from the X Navy rescued B") is the
 * body, which acts through its people, as "a delegation from X" already was (arguments.ts sentBy;
 * model BODY_PEOPLE_NOUNS).
 * Negatives: people who merely come from somewhere ("Refugees from X thanked Y"), a town's people
 * ("Volunteers from Kisumu helped X": a place sends no one), sports fans ("Fans from the X club
 * attacked B"), and a passive's patients ("Aid workers from X were kidnapped by Y": the workers, not X).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'Volunteers from the X Society have been helping Y register …' → X assisted Y": {
    s: "Volunteers from the Tarma Red Cross Society have been helping Vale General Hospital register the injured.",
    m: ["Tarma Red Cross Society:organization", "Vale General Hospital:organization"],
    rows: ["Tarma Red Cross Society -assisted-> Vale General Hospital"]
  },
  "positive: 'Divers from the X Navy rescued B' → X assisted B": {
    s: "Divers from the Tarma Navy rescued Ana Vidal on Sunday.",
    m: ["Tarma Navy:organization", "Ana Vidal"],
    rows: ["Tarma Navy -assisted-> Ana Vidal"]
  },
  // Review 27 args F1: a country's people are its nationals, not its agents ("workers from Nepal accused Qatar").
  "positive: 'Engineers from X and Y are helping Z' → the body assisted Z, the country not": {
    s: "Engineers from Ruritania and the Delta Mining Union are helping the Vale Water Board.",
    m: ["Ruritania:country", "Delta Mining Union:organization", "Vale Water Board:organization"],
    rows: ["Delta Mining Union -assisted-> Vale Water Board"]
  },
  "negative (review 27 args F1): workers from a country, nurses from a hospital act for themselves": {
    s: "Workers from Ruritania accused Borduria of abuses.",
    m: ["Ruritania:country", "Borduria:country"],
    rows: []
  },
  "negative (people who only come from a place): 'Refugees from X thanked Y' → no row": {
    s: "Refugees from Ruritania thanked Borduria.",
    m: ["Ruritania:country", "Borduria:country"],
    rows: []
  },
  "negative (a town's people): 'Volunteers from Kisumu helped the X Society' → no row": {
    s: "Volunteers from Kisumu helped the Tarma Red Cross Society.",
    m: ["Kisumu:place", "Tarma Red Cross Society:organization"],
    rows: []
  },
  "negative (a passive's patients): 'Aid workers from X were kidnapped by Y' → no row for the body X": {
    s: "Aid workers from the Tarma Relief Fund were kidnapped by the Delta Brigade.",
    m: ["Tarma Relief Fund:organization", "Delta Brigade:group"],
    rows: []
  },
  "negative (sport): 'Fans from the X club attacked B' → no row": {
    s: "Fans from the Vale Rovers club attacked Ana Vidal after the match.",
    m: ["Vale Rovers:organization", "Ana Vidal"],
    rows: []
  }
};

describe("round 27: a body's people from it as the subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
