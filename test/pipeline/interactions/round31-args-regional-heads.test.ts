/**
 * Stage 07, round 31 (subjects and objects): the appointed heads of a region or province ("akim", "wali", "prefect",
 * "voivode") are title words, so "criticised the akim of Tana region, B, for …" names B as the object, as "the
 * governor of Tana region, B" does (model/titles.ts TITLE_HEADS for prefect and voivode; model/argument-words.ts
 * OFFICE_ROLE_NOUNS for akim and wali, which are given names too (mend 31 F3); arguments.ts officeRoleBefore,
 * officeHolderAfter).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A criticised the akim of X region, B, for …": {
    s: "Tomas Berg has publicly criticised the akim of Tana region, Lena Vos, for the slow evacuation.",
    m: ["Tomas Berg", "Tana:place", "Lena Vos"],
    rows: ["Tomas Berg -criticized-> Lena Vos"]
  },
  "A met the wali of X province, B, on Monday": {
    s: "The flood envoy, Ada Obi, met the wali of Tana province, Omar Diallo, on Monday.",
    m: ["Ada Obi", "Tana:place", "Omar Diallo"],
    rows: ["Ada Obi -met-> Omar Diallo"]
  },
  "A thanked the prefect of the department, B": {
    s: "Mark Hale thanked the prefect of the department, Lena Vos, for the boats.",
    m: ["Mark Hale", "Lena Vos"],
    rows: ["Mark Hale -thanked-> Lena Vos"]
  },
  "negative: a speech tag (the akim of X region, B said)": {
    s: "Tomas Berg has publicly criticised the akim of Tana region, Lena Vos said.",
    m: ["Tomas Berg", "Tana:place", "Lena Vos"],
    rows: []
  },
  "negative: a game, beat the prefect of the department, B (no verb of the stage)": {
    s: "Mark Hale beat the prefect of the department, Lena Vos, in the chess final.",
    m: ["Mark Hale", "Lena Vos"],
    rows: []
  }
};

describe("round 31: 'criticised the akim of X region, B' → B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
