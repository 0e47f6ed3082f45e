/**
 * Stage 07, round 32 (subjects): the armed men of a group or a force act for it: "Gunmen from the Red Hand seized
 * B" → the Red Hand abducted B; "Soldiers from the Lusitanian Army backed the National Guard" → the army assisted
 * the guard (arguments.ts sentBy, model BODY_PEOPLE_NOUNS). As with volunteers and divers, only after a body's
 * name: "soldiers from Ghana" are Ghanaian soldiers, not Ghana acting, and a passive's patients are not agents.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Gunmen from the X group seized B": {
    s: "Gunmen from the Red Hand seized Joao Silva on the coast road, police said.",
    m: ["Red Hand:group", "Joao Silva"],
    rows: ["Red Hand -abducted-> Joao Silva"]
  },
  "Soldiers from the X Army backed the Y Guard": {
    s: "Soldiers from the Lusitanian Army backed the National Guard at the flooded dam.",
    m: ["Lusitanian Army:organization", "National Guard:organization"],
    rows: ["Lusitanian Army -assisted-> National Guard"]
  },
  "Militiamen from the X Front freed B": {
    s: "Militiamen from the Eastern Front freed Rita Cruz and Ana Lopes near the border.",
    m: ["Eastern Front:group", "Rita Cruz", "Ana Lopes"],
    rows: ["Eastern Front -released-> Ana Lopes", "Eastern Front -released-> Rita Cruz"]
  },
  "negative: soldiers from a country are that country's soldiers, not the country acting": {
    s: "Soldiers from Ghana backed the National Guard at the flooded dam.",
    m: ["Ghana:country", "National Guard:organization"],
    rows: []
  },
  "negative: a passive's patients (gunmen from X were arrested by Y) do not make X an agent": {
    s: "Gunmen from the Red Hand were arrested by the National Guard on Monday.",
    m: ["Red Hand:group", "National Guard:organization"],
    d: ["Monday"],
    rows: []
  },
  "negative: fighters from a town act for no body": {
    s: "Fighters from Lagoa seized Joao Silva on the coast road.",
    m: ["Lagoa:place", "Joao Silva"],
    rows: []
  }
};

describe("round 32: 'Gunmen from the X group seized B' → X acts", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
