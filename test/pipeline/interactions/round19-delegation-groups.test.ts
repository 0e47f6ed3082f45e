/**
 * Stage 07 on invented sentences (round 19): a person meeting a named group's delegation led by
 * someone met the group as well as the leader (find-interactions.ts delegationGroup):
 * - "A met a <group> delegation headed by politburo member B" → A met the group and B;
 * - "A met an <organisation> delegation led by B and C" → A met it, B and C.
 * Negatives: a nationality's delegation (sport: "a Latvian team led by captain B": B only), a
 * state hosting a group's delegation (no meeting of the state with the group), thanks to a
 * delegation (the leader only, as before).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met a <group> delegation headed by B → group and B": {
    s: "In Tirana on Thursday, Ruben Osk met a Karst Front delegation headed by Arvo Kask.",
    m: ["Ruben Osk", "Karst Front:group", "Arvo Kask", "Tirana:place"],
    rows: ["Ruben Osk -met-> Karst Front", "Ruben Osk -met-> Arvo Kask"]
  },
  "A met an <organisation> delegation led by B and C → it, B and C": {
    s: "Dagny Holt met a Coastal Council delegation led by Piet Vossel and Ilse Brand on Monday.",
    m: ["Dagny Holt", "Coastal Council:organization", "Piet Vossel", "Ilse Brand"],
    rows: ["Dagny Holt -met-> Coastal Council", "Dagny Holt -met-> Piet Vossel", "Dagny Holt -met-> Ilse Brand"]
  },
  "negative (sport): a nationality's team led by its captain → the captain only": {
    s: "Coach Dagny Holt met a Latvian team led by captain Odd Mobek.",
    m: ["Dagny Holt", "Latvian:country", "Odd Mobek"],
    rows: ["Dagny Holt -met-> Odd Mobek"]
  },
  "negative: a state hosting a group's delegation does not meet the group": {
    s: "Iceland hosted a Karst Front delegation headed by Arvo Kask in Reykjavik.",
    m: ["Iceland:country", "Karst Front:group", "Arvo Kask", "Reykjavik:place"],
    rows: ["Iceland -met-> Arvo Kask"]
  },
  "negative: thanks to a delegation go to its leader only": {
    s: "Dagny Holt thanked a Karst Front delegation led by Arvo Kask.",
    m: ["Dagny Holt", "Karst Front:group", "Arvo Kask"],
    rows: ["Dagny Holt -thanked-> Arvo Kask"]
  }
};

describe("round 19: delegations of named groups", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
