/**
 * Stage 07 on invented sentences (round 28): an object list whose first conjunct is described, not
 * named ("thanked the fire brigade and B", "accused the police and B of …"), still lists the named
 * conjunct after "and" as the verb's object (arguments.ts namedAfterDescribed in objectsAfter).
 * Negatives: the name opens a clause of its own ("thanked the volunteers and B promised …"), the description
 * holds a preposition ("the people of Chile and Peru"), a possessive owner ("and B's brother"), and
 * an agent after the list ("the families and B by …").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A thanked the fire brigade and Mayor B on Monday' → A thanked B": {
    s: "Governor Paul Mendes thanked the fire brigade and Mayor Daniel Ortiz on Monday.",
    m: ["Paul Mendes", "Daniel Ortiz"],
    rows: ["Paul Mendes -thanked-> Daniel Ortiz"]
  },
  "positive: 'A accused the police and B of …' → A criticized B": {
    s: "Senator Ana Ruiz accused the police and Governor Paul Mendes of hiding the flood report.",
    m: ["Ana Ruiz", "Paul Mendes"],
    rows: ["Ana Ruiz -criticized-> Paul Mendes"]
  },
  "positive: 'A met the strikers' families and the Red Cross in X' → A met the Red Cross": {
    s: "Mayor Daniel Ortiz met the miners' families and the Red Cross in Tarma.",
    m: ["Daniel Ortiz", "Red Cross:organization", "Tarma:place"],
    rows: ["Daniel Ortiz -met-> Red Cross"]
  },
  "positive: 'A thanked its volunteer divers and B, and …' → A thanked B and C": {
    s: "The Coastal Rescue League thanked its volunteer divers and Norway and Chile for the search.",
    m: ["Coastal Rescue League:organization", "Norway:country", "Chile:country"],
    rows: ["Coastal Rescue League -thanked-> Norway", "Coastal Rescue League -thanked-> Chile"]
  },
  "negative (a clause of its own): 'A thanked the crowd and B said …' → no row": {
    s: "Governor Paul Mendes thanked the crowd and Mayor Daniel Ortiz said the dam had held.",
    m: ["Paul Mendes", "Daniel Ortiz"],
    rows: []
  },
  "negative (a preposition inside): 'A thanked the people of Chile and Peru' → no row": {
    s: "Coach Ana Ruiz thanked the people of Chile and Peru after the final.",
    m: ["Ana Ruiz", "Chile:country", "Peru:country"],
    rows: []
  },
  "negative (a possessive owner): 'A thanked the rescuers and B's brother' → no row for B": {
    s: "Governor Paul Mendes thanked the rescuers and Daniel Ortiz's brother.",
    m: ["Paul Mendes", "Daniel Ortiz"],
    rows: []
  },
  "positive: 'A thanked the rescuers and the Red Cross, which …' → A thanked the Red Cross": {
    s: "Governor Paul Mendes thanked the rescuers and the Tarma Relief Society, which sent tents.",
    m: ["Paul Mendes", "Tarma Relief Society:organization"],
    rows: ["Paul Mendes -thanked-> Tarma Relief Society"]
  },
  "negative (a verb of its own): 'A thanked the volunteers and Mayor B promised …' → no row": {
    s: "Governor Paul Mendes thanked the volunteers and Mayor Daniel Ortiz promised new pumps.",
    m: ["Paul Mendes", "Daniel Ortiz"],
    rows: []
  },
  "negative (a verb of its own): 'A met the families and B visited the camp' → no row": {
    s: "Governor Paul Mendes met the families and Daniel Ortiz visited the camp.",
    m: ["Paul Mendes", "Daniel Ortiz"],
    rows: []
  },
  "negative (a verb after the list): 'A praised the decision and B welcomed it' → no row": {
    s: "The referee Ana Ruiz praised the decision and the Tarma Rowing Club welcomed it.",
    m: ["Ana Ruiz", "Tarma Rowing Club:organization"],
    rows: []
  }
};

describe("round 28: a described first conjunct, then a named one", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
