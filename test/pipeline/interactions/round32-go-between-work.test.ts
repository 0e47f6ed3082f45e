/**
 * Stage 07 on invented sentences (round 32): a go-between's work told as what it mends between two sides, "A spent weeks
 * ironing out differences between B and C", "A nursed the channel between B and C", "A bridged the gap between B and C"
 * (with talks told) → A mediated B and C (model interaction-verbs.ts GO_BETWEEN_WORK_PHRASES, GO_BETWEEN_GAP_PHRASES).
 * Not a league table, not a railway between places, not an attempt only.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A has been ironing out the disagreements between B and C since the spring' → A mediated both": {
    s: "The retired judge Lars Eng has been ironing out the disagreements between Mara Tull and Piet Vos since the spring.",
    m: ["Lars Eng", "Mara Tull", "Piet Vos"],
    rows: ["Lars Eng -mediated-> Mara Tull", "Lars Eng -mediated-> Piet Vos"]
  },
  "positive: 'It was A which quietly nursed a channel between B and C' (a cleft subject) → A mediated both": {
    s: "It was Switzerland which quietly nursed a channel between Peru and the Red Hand militia for two years.",
    m: ["Switzerland:country", "Peru:country", "Red Hand militia:group"],
    rows: ["Switzerland -mediated-> Peru", "Switzerland -mediated-> Red Hand militia"]
  },
  "positive: 'A bridged the gap between B and C in talks in X' → A mediated both, and (talks held) B met C": {
    s: "The mayor, Ines Vidal, bridged the gap between the Dockers Union and the Port Authority in talks at the town hall.",
    m: ["Ines Vidal", "Dockers Union:organization", "Port Authority:organization"],
    rows: ["Ines Vidal -mediated-> Dockers Union", "Ines Vidal -mediated-> Port Authority", "Dockers Union -met-> Port Authority"]
  },
  "negative (mend 32 F13, a thing mends: 'A's proposal narrowed the differences between B and C at the talks'): no row": {
    s: "Lars Eng's compromise text narrowed the differences between Peru and the Red Hand militia at the talks in Oslo.",
    m: ["Lars Eng", "Peru:country", "Red Hand militia:group", "Oslo:place"],
    rows: []
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
