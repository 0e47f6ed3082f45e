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
    s: "The border reopened after a visit to Juba this week by Zambia's envoy Achol Akech.",
    m: ["Juba:place", "Zambia's:country", "Achol Akech"],
    rows: ["Achol Akech -visited-> Juba"]
  },
  "the visit to B last month by the <body> envoy A → A visited B": {
    s: "The prisoners were moved days before the visit to Lusaka last month by the UN envoy Olu Bankole.",
    m: ["Lusaka:place", "UN:organization", "Olu Bankole"],
    rows: ["Olu Bankole -visited-> Lusaka"]
  },
  "negative (review): a visit to B by <Country> <Capitalised Title> A gives the country no visit": {
    s: "Tension grew after a visit to Taipei by US House Speaker Dana Orlov.",
    m: ["Taipei:place", "US:country", "Dana Orlov"],
    rows: []
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
    s: "Iceland brokered between the Lowland Front, as the insurgents call themselves, and Bogota for a year.",
    m: ["Iceland:country", "Lowland Front:organization", "Bogota:place"],
    rows: ["Iceland -mediated-> Lowland Front", "Iceland -mediated-> Bogota"]
  },
  "A met B, as his followers call him, and C → met both": {
    s: "Governor Ana Duarte met Hugo Ibarra, as his followers call him, and Ines Mota.",
    m: ["Ana Duarte", "Hugo Ibarra", "Ines Mota"],
    rows: ["Ana Duarte -met-> Hugo Ibarra", "Ana Duarte -met-> Ines Mota"]
  },
  "negative: an \"as\" aside that names nothing still ends the list": {
    s: "Iceland mediated between the Lowland Front, as talks stalled, and Bogota pressed on.",
    m: ["Iceland:country", "Lowland Front:organization", "Bogota:place"],
    rows: []
  },
  "negative (business): a company renamed in an aside is no mediation without a mediating verb": {
    s: "Shares of Helix Systems, as the firm now calls itself, and Orbis rose on Monday.",
    m: ["Helix Systems:organization", "Orbis:organization"],
    rows: []
  },
  "pirates seized the tanker X → no row for the ship": {
    s: "Pirates from the Ruvuma Brigade seized the tanker Northern Lark off Cotonou.",
    m: ["Ruvuma Brigade:organization", "Northern Lark", "Cotonou:place"],
    rows: []
  },
  "the bulk carriers X and Y attacked by A → no row for either ship": {
    s: "The Ruvuma Brigade attacked the bulk carriers Ocean Pearl and Silver Tern near the strait.",
    m: ["Ruvuma Brigade:organization", "Ocean Pearl", "Silver Tern"],
    rows: []
  },
  "MV X was seized by A → no row": {
    s: "The MV Coral Star was seized by the Ruvuma Brigade on Monday.",
    m: ["MV Coral Star", "Ruvuma Brigade:organization"],
    rows: []
  },
  "negative: the ship's captain named after a possessive is a person": {
    s: "The Ruvuma Brigade freed the ship's captain, Sergio Ribeiro, on Monday.",
    m: ["Ruvuma Brigade:organization", "Sergio Ribeiro"],
    rows: ["Ruvuma Brigade -released-> Sergio Ribeiro"]
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
