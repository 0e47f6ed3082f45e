/**
 * Stage 07 on invented sentences (round 32): "A ordered the (immediate) release of B" frees B, as "A freed B" does (model
 * interaction-verbs.ts). A call for a release is no order, a thing released is no captive, and an order refused or
 * denied is none done.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'President A ordered the release of the dockers' leader, B, on Monday' → A released B": {
    s: "President Tom Hale ordered the release of the striking dockers' leader, Otto Berg, on Monday.",
    m: ["Tom Hale", "Otto Berg"],
    rows: ["Tom Hale -released-> Otto Berg"]
  },
  "positive: 'A ordered the immediate release of two engineers, B and C' → A released both": {
    s: "The Delta Front ordered the immediate release of two engineers, Karl Moss and Ana Lee.",
    m: ["Delta Front:organization", "Karl Moss", "Ana Lee"],
    rows: ["Delta Front -released-> Karl Moss", "Delta Front -released-> Ana Lee"]
  },
  "positive: 'the governor ordered the release of B and his crew' → A released B": {
    s: "Governor Lena Dahl ordered the release of trawler skipper Jorge Pinto and his crew on Friday.",
    m: ["Lena Dahl", "Jorge Pinto"],
    rows: ["Lena Dahl -released-> Jorge Pinto"]
  },
  "negative (mend 32 F8, a record that names a person: 'ordered the release of CCTV footage showing B'): no release": {
    s: "The coroner, Mara Tull, ordered the release of security camera footage showing Piet Vos at the quay.",
    m: ["Mara Tull", "Piet Vos"],
    rows: []
  },
  "negative (a call, no order: 'called for the release of B'): no release": {
    s: "Tom Hale called for the release of Otto Berg.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  },
  "negative (a thing: 'ordered the release of the Berg report'): no row": {
    s: "Tom Hale ordered the release of the Berg report on Monday.",
    m: ["Tom Hale", "Berg:organization"],
    rows: []
  },
  "negative (refused: 'refused to order the release of B'): no row": {
    s: "The court's president, Tom Hale, refused to order the release of Otto Berg.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  }
};

describe("findInteractions: round 32 releases told by an order", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
