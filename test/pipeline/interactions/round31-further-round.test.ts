/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): a further round of talks named with its other side is a
 * meeting with that side: "A came back to X for another round of talks with B", "A is due back for a further round
 * with B" → A met B (persons; a plan stays planned). Not a round of a game or a fight, not with a media outlet.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "came back on Monday for another round of talks with B → met": {
    s: "Tom Reyes came back to Lisbon on Monday for another round of talks with Ana Lopes.",
    m: ["Tom Reyes", "Lisbon:place", "Ana Lopes"],
    rows: ["Tom Reyes -met-> Ana Lopes"]
  },
  "is due in a city next week for another round with B → met (and the trip), planned": {
    s: "Diplomats say Ivo Brandt is due in Tallinn next week for another round with Mari Tamm.",
    m: ["Ivo Brandt", "Tallinn:place", "Mari Tamm"],
    rows: ["Ivo Brandt -met-> Mari Tamm", "Ivo Brandt -visited-> Tallinn"],
    modality: "planned"
  },
  "is to go back to a city for a second round with B → met": {
    s: "Ivo Brandt is to go back to Tallinn for a second round with Mari Tamm.",
    m: ["Ivo Brandt", "Tallinn:place", "Mari Tamm"],
    rows: ["Ivo Brandt -met-> Mari Tamm"]
  },
  "negative: a second round with a rival in a title fight (a game)": {
    s: "Ivan Petrov prepared for a second round with Marko Ilic in the title fight.",
    m: ["Ivan Petrov", "Marko Ilic"],
    rows: []
  },
  "negative: advanced to the next round with a partner (no further round of talks)": {
    s: "Ivan Petrov advanced to the next round with Marko Ilic.",
    m: ["Ivan Petrov", "Marko Ilic"],
    rows: []
  },
  "negative: another round of talks with a broadcaster (media)": {
    s: "Tom Reyes sat down for another round of talks with the BBC.",
    m: ["Tom Reyes", "BBC:media"],
    rows: []
  }
};

describe("round 31 nouns: 'for a further round (of talks) with B' is a meeting", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
