/**
 * Stage 07 on invented sentences (round 18): "it" after a reporting verb whose subject is an
 * organisation or group located "in" a place ("The health ministry in X said it had asked B …")
 * stands for that body, not the place (arguments.ts itAfterReporting, locatedBody):
 * - "The Interior Ministry in X said it had asked B to …" → the ministry asked B;
 * - "The Delta Front in the X valley said it had freed B" → the Front released B.
 * Negatives: a person located in a place ("A in X said it …": "it" is no person), a body inside an
 * "of" phrase ("Fans of Benfica in Lisbon said it …", sport), a place with no body before "in".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "The Interior Ministry in X said it had asked B → the ministry asked B": {
    s: "The Interior Ministry in Niamey said it had repeatedly asked Benin to return the fishermen.",
    m: ["Interior Ministry:organization", "Niamey:place", "Benin:country"],
    rows: ["Interior Ministry -asked-> Benin"]
  },
  "The Front in the X valley said it had freed B → the Front released B": {
    s: "The Delta Front in the Gao Valley said on Monday that it had freed Kojo Mensah.",
    m: ["Delta Front:group", "Gao Valley:place", "Kojo Mensah"],
    rows: ["Delta Front -released-> Kojo Mensah"]
  },
  "negative: a person located in a place is no 'it'": {
    s: "Oumar Traore in Niamey said it had asked Benin to act.",
    m: ["Oumar Traore", "Niamey:place", "Benin:country"],
    rows: []
  },
  "negative (sport): a club inside an 'of' phrase": {
    s: "Fans of Benfica in Lisbon said it had thanked Porto.",
    m: ["Benfica:organization", "Lisbon:place", "Porto:organization"],
    rows: []
  },
  "negative: a place with no body before 'in'": {
    s: "Officials in Niamey said it had asked Benin to act.",
    m: ["Niamey:place", "Benin:country"],
    rows: []
  }
};

describe("round 18: 'it' for a body located in a place", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
