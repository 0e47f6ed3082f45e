/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): help lent is help given: "A has lent B its volunteers /
 * a helicopter and its crews" → A assisted B (a noun of aid after the object, flag aidOffered; "lent B money", a player
 * lent to a club name none).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a youth group has for a week lent a port authority its volunteers → assisted": {
    s: "For a week now the Norland Scouts have lent the Harbour Authority their volunteers to clear the quays.",
    m: ["Norland Scouts:organization", "Harbour Authority:organization"],
    rows: ["Norland Scouts -assisted-> Harbour Authority"]
  },
  "lent a port authority a patrol boat and its crews → assisted": {
    s: "The Norland Scouts lent the Harbour Authority a patrol boat and its crews.",
    m: ["Norland Scouts:organization", "Harbour Authority:organization"],
    rows: ["Norland Scouts -assisted-> Harbour Authority"]
  },
  "a company lends a fire brigade two pumps → assisted": {
    s: "Acme Steel lends the Delta Fire Brigade two pumps every winter.",
    m: ["Acme Steel:organization", "Delta Fire Brigade:organization"],
    rows: ["Acme Steel -assisted-> Delta Fire Brigade"]
  },
  "negative: money lent to a person (a loan, no aid)": {
    s: "Tom Reyes lent Ana Lopes money for the rent.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "negative: a player lent to a club (a transfer)": {
    s: "Rovers FC lent Marko Ilic to United FC for the season.",
    m: ["Rovers FC:organization", "Marko Ilic", "United FC:organization"],
    rows: []
  }
};

describe("round 31 verbs: 'A lent B its volunteers' is assisted", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
