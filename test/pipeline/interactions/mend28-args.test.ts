/**
 * Stage 07 on invented sentences (mend of review 28a): near misses of round 28's subject-and-object rules, each
 * a negative (or a kept right row) for the narrowing of one finding.
 * - F14: the "noun heads its phrase" check of interactions/criticism.ts applies only to a governing body
 *   (model argument-words.ts GOVERNING_POSSESSIONS); "B's decision not to …", "B's remarks last week" stay criticism.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "F14: criticised B's decision not to attend → criticised B": {
    s: "Senator Oskar Lunde criticised Vera Holm's decision not to attend the climate summit.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: ["Oskar Lunde -criticized-> Vera Holm"]
  },
  "F14: criticised B's remarks last week → criticised B": {
    s: "Oskar Lunde criticised Vera Holm's remarks last week.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: ["Oskar Lunde -criticized-> Vera Holm"]
  },
  "F14: condemned B's silence amid the crisis → criticised B": {
    s: "Oskar Lunde condemned Vera Holm's silence amid the fuel crisis.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: ["Oskar Lunde -criticized-> Vera Holm"]
  },
  "F14 negative: accused B's government minister (someone else)": {
    s: "Oskar Lunde accused Vera Holm's government minister of lying.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: []
  }
};

describe("mend 28 args: near misses of round 28's subject-and-object rules", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
