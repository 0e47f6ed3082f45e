/**
 * Stage 07 on invented sentences (round 27): a go-between's line opened between two sides: "A opened / kept
 * open / set up a back channel (a line of communication) between B and C" → A mediated B and C. Negatives: a
 * bare "channel" (water, television), goods carried through a channel.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A opened a back channel between B and C → A mediated B and C": {
    s: "Norway opened a back channel between Ruritania and the Delta Front for peace talks in March.",
    m: ["Norway:country", "Ruritania:country", "Delta Front:group"],
    // With talks told, the two sides of a mediation met too (the older mediated-talks rule).
    rows: ["Norway -mediated-> Ruritania", "Norway -mediated-> Delta Front", "Ruritania -met-> Delta Front"]
  },
  "A kept open a line of communication between B and C → A mediated B and C": {
    s: "Bishop Tomas Rueda kept open a line of communication between Rosa Ilic, the governor, and Ivo Dragan during the truce.",
    m: ["Tomas Rueda", "Rosa Ilic", "Ivo Dragan"],
    rows: ["Tomas Rueda -mediated-> Rosa Ilic", "Tomas Rueda -mediated-> Ivo Dragan", "Rosa Ilic -met-> Ivo Dragan"]
  },
  "negative: a water channel between two lakes": {
    s: "The Tarsa Water Board opened a channel between Lake Velm and Lake Orn.",
    m: ["Tarsa Water Board:organization", "Lake Velm:place", "Lake Orn:place"],
    rows: []
  },
  "negative: a back channel for arms between two sides": {
    s: "Smugglers from the Delta Front set up a back channel between Velm and Orn for arms.",
    m: ["Delta Front:group", "Velm:place", "Orn:place"],
    rows: []
  }
};

describe("findInteractions: a back channel opened between two sides is a go-between's work (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});

describe("review 27 verbs F12: a line between two sides with no talks told, or a direct line", () => {
  it.each<[string, string[]]>([
    ["Ruritania opened a back channel between its capital and Borduria.", ["Ruritania:country", "Borduria:country"]],
    ["Ivo Dragan established a direct line between Delta Mining and the Harbour Board.", ["Ivo Dragan", "Delta Mining:organization", "Harbour Board:organization"]]
  ])("%s → no row", (s, m) => check({s, m, rows: []}));
});
