/**
 * Stage 07 on invented sentences (round 32): a go-between's work told as what it mends between two sides, "A spent weeks
 * ironing out differences between B and C", "A nursed the channel between B and C", "A bridged the gap between B and C"
 * (with talks told) → A mediated B and C (model interaction-verbs.ts GO_BETWEEN_WORK_PHRASES, GO_BETWEEN_GAP_PHRASES).
 * Not a league table, not a railway between places, not an attempt only.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A spent weeks ironing out differences between B and C' → A mediated both": {
    s: "Bishop Ana Vidal spent weeks ironing out differences between Tom Hale and Otto Berg before the strike ended.",
    m: ["Ana Vidal", "Tom Hale", "Otto Berg"],
    rows: ["Ana Vidal -mediated-> Tom Hale", "Ana Vidal -mediated-> Otto Berg"]
  },
  "positive: 'It was A that spent weeks nursing the channel between B and C' → A mediated both": {
    s: "It was Norway that spent weeks nursing the channel between Chile and the Delta Front before the first meeting.",
    m: ["Norway:country", "Chile:country", "Delta Front:group"],
    rows: ["Norway -mediated-> Chile", "Norway -mediated-> Delta Front"]
  },
  "positive: 'A bridged the gap between B and C in talks in X' → A mediated both, and (talks held) B met C": {
    s: "The mayor, Ines Vidal, bridged the gap between the Dockers Union and the Port Authority in talks at the town hall.",
    m: ["Ines Vidal", "Dockers Union:organization", "Port Authority:organization"],
    rows: ["Ines Vidal -mediated-> Dockers Union", "Ines Vidal -mediated-> Port Authority", "Dockers Union -met-> Port Authority"]
  },
  "negative (a league: 'bridged the gap between the Rovers and the Wanderers this season'): no row": {
    s: "Coach Ana Vidal bridged the gap between the Rovers and the Wanderers this season.",
    m: ["Ana Vidal", "Rovers:organization", "Wanderers:organization"],
    rows: []
  },
  "negative (an attempt: 'A tried to bridge the gap between B and C'): no row": {
    s: "Norway tried to bridge the gap between Chile and Peru in talks last year.",
    m: ["Norway:country", "Chile:country", "Peru:country"],
    rows: []
  },
  "negative (a railway between places): no row": {
    s: "The new railway bridges the gap between Dorfield and Velm.",
    m: ["Dorfield:place", "Velm:place"],
    rows: []
  }
};

describe("findInteractions: round 32 a go-between's work on what divides two sides", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
