/**
 * Stage 07, round 32 (subjects): a subject described by a relation and named in commas after a bare lowercase title
 * (no article, no link word) acts: "Their grandfather, former prime minister B, toured C, where …" → B visited C (arguments.ts
 * bareTitleAt: the apposition opens at a title that runs into a name, as it did at "leader of"). Before, the comma
 * after "grandfather" opened nothing the walk knew and the subject was lost.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Their grandfather, former prime minister B, toured C, where …": {
    s: "Their grandfather, former prime minister Pedro Alves, visited Lagoa, where the flood victims are sheltering.",
    m: ["Pedro Alves", "Lagoa:place"],
    rows: ["Pedro Alves -visited-> Lagoa"]
  },
  "Her uncle, army general B, met C": {
    s: "Her uncle, army general Tomas Berg, met Lena Vos at the barracks on Sunday.",
    m: ["Tomas Berg", "Lena Vos"],
    d: ["Sunday"],
    rows: ["Tomas Berg -met-> Lena Vos"]
  },
  "The club's owner, former finance minister B, criticised C": {
    s: "The club's owner, former finance minister Jonas Eke, criticised the league board for the fixture list.",
    m: ["Jonas Eke", "league board:organization"],
    rows: ["Jonas Eke -criticized-> league board"]
  },
  "negative: a speech tag with a titled speaker is no apposition of the subject": {
    s: "Lena Vos, chief negotiator Mark Hale said, met Tomas Berg on Monday.",
    m: ["Lena Vos", "Mark Hale", "Tomas Berg"],
    d: ["Monday"],
    rows: ["Lena Vos -met-> Tomas Berg"]
  },
  "negative: a visit still to come keeps its modality": {
    s: "Their grandfather, former prime minister Pedro Alves, will visit Lagoa next week.",
    m: ["Pedro Alves", "Lagoa:place"],
    rows: ["Pedro Alves -visited-> Lagoa"],
    modality: "planned"
  },
  "negative: a member aside after a plural subject names no actor of the meeting": {
    s: "The strikers, former union leader Pedro Alves among them, met Tomas Berg.",
    m: ["Pedro Alves", "Tomas Berg"],
    rows: []
  }
};

describe("round 32: 'Their grandfather, former prime minister B, visited C' → B acts", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
