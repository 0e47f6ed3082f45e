/**
 * Stage 07 on invented sentences (round 28): a capitalised office "of" a country, body or town,
 * then its holder's name, is that person, as object or passive agent: "met Deputy Foreign Minister
 * of Russia B", "was received by the Minister of Foreign Affairs of X B", "thanked the Mayor of X B"
 * (arguments.ts holderAfterOfficeOf in objectsAfter; before, "of" ended the object).
 * Negatives: an office with no name after its body ("met the Minister of Health"), no title head
 * in the capitalised words ("thanked the Friends of Peru B founded"), a lowercase noun ("the
 * timing of Chile envoy B's visit").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A met Deputy Foreign Minister of X B on Monday' → A met B": {
    s: "Ana Ruiz met Deputy Foreign Minister of Chile Tomas Berg on Monday.",
    m: ["Ana Ruiz", "Chile:country", "Tomas Berg"],
    rows: ["Ana Ruiz -met-> Tomas Berg"]
  },
  "positive: 'A was received in X by the Minister of Foreign Affairs of Y B' → B met A": {
    s: "Ana Ruiz was received in Lima by the Minister of Foreign Affairs of Chile Tomas Berg.",
    m: ["Ana Ruiz", "Lima:place", "Chile:country", "Tomas Berg"],
    rows: ["Tomas Berg -met-> Ana Ruiz"]
  },
  "positive: 'A thanked the Mayor of X B and C' → A thanked B and C": {
    s: "The Andes Rescue Corps thanked the Mayor of Tarma Daniel Ortiz and Ana Ruiz.",
    m: ["Andes Rescue Corps:organization", "Tarma:place", "Daniel Ortiz", "Ana Ruiz"],
    rows: ["Andes Rescue Corps -thanked-> Daniel Ortiz", "Andes Rescue Corps -thanked-> Ana Ruiz"]
  },
  "negative (no name after the body): 'A met the Minister of Health of X on Monday' → no row": {
    s: "Ana Ruiz met the Minister of Health of Chile on Monday.",
    m: ["Ana Ruiz", "Chile:country"],
    rows: []
  },
  "negative (no title head): 'A thanked the Friends of Peru B founded' → no row": {
    s: "Coach Ana Ruiz thanked the Friends of Peru Tomas Berg founded in 2019.",
    m: ["Ana Ruiz", "Peru:country", "Tomas Berg"],
    rows: []
  },
  "negative (a lowercase noun): 'A criticised the timing of X envoy B's visit' → no row for B": {
    s: "Ana Ruiz criticised the timing of Chile envoy Tomas Berg's visit.",
    m: ["Ana Ruiz", "Chile:country", "Tomas Berg"],
    rows: []
  }
};

describe("round 28: an office of a country or body, then its holder", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
