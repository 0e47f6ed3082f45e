/**
 * Stage 07 on invented sentences (round 26): the parties after "between" may be written as a
 * description with the person's name in commas: "mediated between the gang's leader, B, and the
 * national prisons director, C" → B and C; the second may be a plain name ("… and C") (arguments.ts
 * describedPartiesAfter, apposedParty, read by titledPartiesAfter).
 * Negatives: a speech tag after the name ("between the gang's leader, B said"), a name in a reported
 * aside ("between the two sides, B said, and …"), and a possessive name ("the gang's leader, B's
 * brother, and …").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A mediated between the gang's leader, B, and the prisons director, C' → A mediated B and C": {
    s: "Ana Vidal mediated between the gang's leader, Piet Claes, and the national prisons director, Jonas Dahl.",
    m: ["Ana Vidal", "Piet Claes", "Jonas Dahl"],
    rows: ["Ana Vidal -mediated-> Piet Claes", "Ana Vidal -mediated-> Jonas Dahl"]
  },
  "positive: 'A mediated between the mine's owner, B, and C' → A mediated B and C": {
    s: "Lena Roth mediated between the mine's owner, Kofi Boateng, and Jonas Dahl on Friday.",
    m: ["Lena Roth", "Kofi Boateng", "Jonas Dahl"],
    rows: ["Lena Roth -mediated-> Kofi Boateng", "Lena Roth -mediated-> Jonas Dahl"]
  },
  "negative (a speech tag): 'A mediated between the gang's leader, B said' → no row": {
    s: "Ana Vidal mediated between the gang's leader, Piet Claes said.",
    m: ["Ana Vidal", "Piet Claes"],
    rows: []
  },
  "negative (a reported aside): 'A mediated between the two sides, B said, and …' → no row": {
    s: "Ana Vidal mediated between the two sides, Piet Claes said, and the talks went on.",
    m: ["Ana Vidal", "Piet Claes"],
    rows: []
  },
  "negative (a possessive name): 'between the gang's leader, B's brother, and C' → no row": {
    s: "Ana Vidal mediated between the gang's leader, Piet Claes's brother, and Jonas Dahl.",
    m: ["Ana Vidal", "Piet Claes", "Jonas Dahl"],
    rows: []
  }
};

describe("round 26: described parties after 'between'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
