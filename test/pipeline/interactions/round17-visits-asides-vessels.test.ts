/**
 * Stage 07 on invented sentences (round 17):
 * - a visit told destination first, traveller after "by": "after a visit to B by (the X envoy) A"
 *   → A visited B;
 * - an aside giving a listed name's other name does not end the list: "mediated between A, as the
 *   rebels call themselves, and B" → mediated A and B;
 * - a ship is no participant: "the tanker X", "the bulk carriers X and Y", "MV X" give no row.
 * Negatives: "a visit to B by car", another "as" aside, a person after "ship's", and sentences
 * from other domains (sport, business) of the same shapes.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "after a visit to B this week by <Country>'s envoy A → A visited B": {
    s: "The border reopened after a visit to Juba this week by Kenya's envoy Mary Akech.",
    m: ["Juba:place", "Kenya's:country", "Mary Akech"],
    rows: ["Mary Akech -visited-> Juba"]
  },
  "the visit to B last month by the <body> envoy A → A visited B": {
    s: "The prisoners were moved days before the visit to Bamako last month by the UN envoy Olu Bankole.",
    m: ["Bamako:place", "UN:organization", "Olu Bankole"],
    rows: ["Olu Bankole -visited-> Bamako"]
  },
  "negative: a visit to B by car names no traveller": {
    s: "Talks resumed after a visit to Juba by car on Sunday.",
    m: ["Juba:place"],
    rows: []
  },
  "negative (sport): a visit to a stadium by fans is no named traveller": {
    s: "Ticket sales rose after a visit to Anfield by thousands of fans.",
    m: ["Anfield:place"],
    rows: []
  },
  "A brokered between B, as <X> call themselves, and C → mediated both": {
    s: "Norway brokered between the Eastern Front, as the insurgents call themselves, and Bogota for a year.",
    m: ["Norway:country", "Eastern Front:organization", "Bogota:place"],
    rows: ["Norway -mediated-> Eastern Front", "Norway -mediated-> Bogota"]
  },
  "A met B, as his followers call him, and C → met both": {
    s: "Governor Ana Duarte met Luis Pena, as his followers call him, and Rosa Lima.",
    m: ["Ana Duarte", "Luis Pena", "Rosa Lima"],
    rows: ["Ana Duarte -met-> Luis Pena", "Ana Duarte -met-> Rosa Lima"]
  },
  "negative: an \"as\" aside that names nothing still ends the list": {
    s: "Norway mediated between the Eastern Front, as talks stalled, and Bogota pressed on.",
    m: ["Norway:country", "Eastern Front:organization", "Bogota:place"],
    rows: []
  },
  "negative (business): a company renamed in an aside is no mediation without a mediating verb": {
    s: "Shares of Helix Systems, as the firm now calls itself, and Orbis rose on Monday.",
    m: ["Helix Systems:organization", "Orbis:organization"],
    rows: []
  },
  "pirates seized the tanker X → no row for the ship": {
    s: "Pirates from the Delta Brigade seized the tanker Northern Grace off Lome.",
    m: ["Delta Brigade:organization", "Northern Grace", "Lome:place"],
    rows: []
  },
  "the bulk carriers X and Y attacked by A → no row for either ship": {
    s: "The Red Brigade attacked the bulk carriers Ocean Pearl and Silver Dawn near the strait.",
    m: ["Red Brigade:organization", "Ocean Pearl", "Silver Dawn"],
    rows: []
  },
  "MV X was seized by A → no row": {
    s: "The MV Coral Star was seized by the Red Brigade on Monday.",
    m: ["MV Coral Star", "Red Brigade:organization"],
    rows: []
  },
  "negative: the ship's captain named after a possessive is a person": {
    s: "The Red Brigade freed the ship's captain, Tomas Ribeiro, on Monday.",
    m: ["Red Brigade:organization", "Tomas Ribeiro"],
    rows: ["Red Brigade -released-> Tomas Ribeiro"]
  },
  "negative (business): an airline after \"flag carrier\" is no ship": {
    s: "The ministry criticized the flag carrier Air Lumen for the delays.",
    m: ["ministry:organization", "Air Lumen:organization"],
    rows: ["ministry -criticized-> Air Lumen"]
  }
};

describe("round 17: visits to B by A, naming asides, ships", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
