/**
 * Stage 07 on invented sentences (round 12): a plural noun with an article or possessive
 * announces the list of names in apposition after it, as a count does ("by her brothers, B and
 * C" → both). The list must close like an apposition.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const pluralCases: Record<string, Case> = {
  "B was greeted at X by her <plural>, C and D → C and D met B": {
    s: "Ana Leon was greeted at the airport by her brothers, Karl Leon and Tomas Leon.",
    m: ["Ana Leon", "Karl Leon", "Tomas Leon"],
    rows: ["Karl Leon -met-> Ana Leon", "Tomas Leon -met-> Ana Leon"]
  },
  "A thanked the <plural>, B and C, for … → A thanked B and C": {
    s: "Ines Moura thanked the mediators, Karl Dahl and Tomas Vik, for their work in the strike.",
    m: ["Ines Moura", "Karl Dahl", "Tomas Vik"],
    rows: ["Ines Moura -thanked-> Karl Dahl", "Ines Moura -thanked-> Tomas Vik"]
  },
  "negative: names that open a new clause ('B and C said') are no apposition": {
    s: "Ines Moura met the miners, Karl Dahl and Tomas Vik said.",
    m: ["Ines Moura", "Karl Dahl", "Tomas Vik"],
    rows: []
  },
  "negative: a singular title takes one name; the next clause's subject is not thanked": {
    s: "Ines Moura thanked the mediator, Karl Dahl, and Tomas Vik said nothing.",
    m: ["Ines Moura", "Karl Dahl", "Tomas Vik"],
    rows: ["Ines Moura -thanked-> Karl Dahl"]
  }
};

describe("findInteractions: a plural noun announces the names in apposition after it", () => {
  it.each(Object.entries(pluralCases))("%s", (_label, c) => check(c));
});
