/**
 * Stage 07 on invented sentences (round 28): an object "his/her (Nationality) counterpart" with no
 * name after it is the one other person named before the verb as the subject's partner ("with B",
 * "received B"): "A received B and criticised her counterpart" → A criticised B (find-interactions.ts
 * counterpartNamedBefore, models COUNTERPART_NOUNS and COUNTERPART_LINK_WORDS). Negatives: two other persons named before, none named ("A thanked his
 * counterpart after the match"), and a name of the subject's own only.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A held talks with B and later thanked his Chilean counterpart' → A thanked B": {
    s: "Tomas Berg held talks with Rosa Lagos in Lima and later thanked his Chilean counterpart for the rescue divers.",
    m: ["Tomas Berg", "Rosa Lagos"],
    rows: ["Tomas Berg -met-> Rosa Lagos", "Tomas Berg -thanked-> Rosa Lagos"]
  },
  "positive: 'A received B in X and criticised her counterpart over …' → A criticized B": {
    s: "Interior Minister Ana Ruiz received Lena Brandt in Tarma and criticised her Bolivian counterpart over the border closures.",
    m: ["Ana Ruiz", "Lena Brandt", "Tarma:place"],
    rows: ["Ana Ruiz -met-> Lena Brandt", "Ana Ruiz -criticized-> Lena Brandt"]
  },
  "negative (two others named): 'A met B and C on Monday and thanked his counterpart' → no thanks": {
    s: "Tomas Berg met Rosa Lagos and Lena Brandt on Monday and thanked his counterpart for the boats.",
    m: ["Tomas Berg", "Rosa Lagos", "Lena Brandt"],
    rows: ["Tomas Berg -met-> Rosa Lagos", "Tomas Berg -met-> Lena Brandt"]
  },
  "negative (no one else named): 'A thanked his counterpart after the final' → no row": {
    s: "Goalkeeper Tomas Berg thanked his counterpart after the final.",
    m: ["Tomas Berg"],
    rows: []
  },
  "negative (a noun after it): 'A, speaking with B, thanked his counterpart's staff' → no row": {
    s: "Tomas Berg, speaking by telephone with Rosa Lagos, thanked his counterpart's staff for the help.",
    m: ["Tomas Berg", "Rosa Lagos"],
    rows: []
  }
};

describe("round 28: 'his counterpart' is the other person named before", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
