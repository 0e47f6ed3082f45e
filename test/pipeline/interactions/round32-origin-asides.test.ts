/**
 * Stage 07, round 32 (subjects): an aside of affiliation or origin between a named subject and its verb is passed
 * over whole, and the name before it acts: "Ada Obi, of the opposition Green Party, criticised B for …" → Ada Obi
 * criticized B; "C, from the dockers' union, met D" (arguments.ts originAsideStart, model ORIGIN_ASIDE_OPENERS).
 * Before, the comma after the name opened no apposition the walk knew and the subject was lost.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A, of the opposition X Party, criticised B for …": {
    s: "Ada Obi, of the opposition Green Party, criticised Tomas Berg for closing the port.",
    m: ["Ada Obi", "Green Party:organization", "Tomas Berg"],
    rows: ["Ada Obi -criticized-> Tomas Berg"]
  },
  "A, from the dockers' union, met B": {
    s: "Lena Vos, from the dockers' union, met Mark Hale at the harbour office on Monday.",
    m: ["Lena Vos", "Mark Hale"],
    d: ["Monday"],
    rows: ["Lena Vos -met-> Mark Hale"]
  },
  "A, of the X Rovers supporters' trust, thanked B": {
    s: "Pia Lund, of the Aire Rovers supporters' trust, thanked Jonas Eke for saving the club.",
    m: ["Pia Lund", "Aire Rovers:organization", "Jonas Eke"],
    rows: ["Pia Lund -thanked-> Jonas Eke"]
  },
  "negative: the aside closes before 'and <verb>' (A is the first verb's object)": {
    s: "The court summoned Ada Obi, of the Green Party, and criticised Tomas Berg.",
    m: ["Ada Obi", "Green Party:organization", "Tomas Berg"],
    rows: []
  },
  "negative: a place before the aside names no subject": {
    s: "Lagoa, of all the towns in the valley, suffered the worst of the flood.",
    m: ["Lagoa:place"],
    rows: []
  },
  "negative: a future meeting is planned, not done (row kept with its modality)": {
    s: "Lena Vos, of the dockers' union, will meet Mark Hale in Tana next week.",
    m: ["Lena Vos", "Mark Hale", "Tana:place"],
    rows: ["Lena Vos -met-> Mark Hale"],
    modality: "planned"
  },
  "negative: an aside of 'of which' is a relative clause, not an affiliation": {
    s: "The union, of which Lena Vos is a member, met Mark Hale.",
    m: ["Lena Vos", "Mark Hale"],
    rows: []
  }
};

describe("round 32: 'A, of the opposition X Party, criticised B' → A acts", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
