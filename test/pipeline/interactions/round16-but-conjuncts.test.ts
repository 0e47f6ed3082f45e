/**
 * Stage 07 on invented sentences (round 16):
 * - "A thanked B for … but criticised C": a verb right after "but" (or ", but", "but later")
 *   shares the previous verb's subject, as after "and";
 * - "criticised C for hosting D's envoys": undated conduct blamed is no meeting of C and D;
 *   dated ("for hosting D's envoys on 4 March") it is one.
 * Negatives: "but" followed by a new subject keeps its own subject; undated hosting.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A thanked B for its help but condemned C → thanked B, criticized C": {
    s: "Premier Vera Kolb thanked Austria for its patience but condemned Hungary over the border closure.",
    m: ["Vera Kolb", "Austria:country", "Hungary:country"],
    rows: ["Vera Kolb -thanked-> Austria", "Vera Kolb -criticized-> Hungary"]
  },
  "A met B, but later criticized C → met B, criticized C": {
    s: "Vera Kolb met Austria's envoy Jon Falk, but later criticized Hungary.",
    m: ["Vera Kolb", "Austria:country", "Jon Falk", "Hungary:country"],
    rows: ["Vera Kolb -met-> Jon Falk", "Vera Kolb -criticized-> Hungary"]
  },
  "negative: \"but\" before a subject of its own": {
    s: "Austria freed Jon Falk but Hungary held Ada Roth.",
    m: ["Austria:country", "Jon Falk", "Hungary:country", "Ada Roth"],
    rows: ["Austria -released-> Jon Falk", "Hungary -held-> Ada Roth"]
  },
  "negative: criticized C for hosting D's envoys (undated) is no meeting": {
    s: "Vera Kolb thanked Austria but criticized Hungary for hosting Delta Front envoys.",
    m: ["Vera Kolb", "Austria:country", "Hungary:country", "Delta Front:organization"],
    rows: ["Vera Kolb -thanked-> Austria", "Vera Kolb -criticized-> Hungary"]
  },
  "criticized C for hosting D's envoys on a date → C met D": {
    s: "Vera Kolb criticized Hungary for hosting the Delta Front envoys on 4 March.",
    m: ["Vera Kolb", "Hungary:country", "Delta Front:organization"],
    d: ["4 March"],
    rows: ["Vera Kolb -criticized-> Hungary", "Hungary -met-> Delta Front"]
  }
};

describe("round 16: verbs after \"but\", criticised hosting", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
