/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): an arrival at a site of a named place is a visit to the
 * place, as a dated arrival at the place is (round 29): "A arrived at the relief camp in X on Saturday" → A visited X
 * (interactions/site-arrivals.ts; the dated-arrival checks of calls.ts journeyNoVisit apply).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a governor arrived at the aid depot in a town late on Thursday → visited the town": {
    s: "Governor Rita Okafor arrived at the aid depot in Ikot Ekpene late on Thursday to inspect the stocks of rice.",
    m: ["Rita Okafor", "Ikot Ekpene:place"],
    rows: ["Rita Okafor -visited-> Ikot Ekpene"]
  },
  "a governor arrived at the scene in a town on Saturday → visited the town": {
    s: "Governor Rita Okafor arrived at the scene in Ikot Ekpene on Saturday.",
    m: ["Rita Okafor", "Ikot Ekpene:place"],
    rows: ["Rita Okafor -visited-> Ikot Ekpene"]
  },
  "a minister arrives at the flooded mine in a country on Monday → visited the country": {
    s: "Mines minister Tom Reyes arrives at the flooded mine in Kestria on Monday.",
    m: ["Tom Reyes", "Kestria:country"],
    rows: ["Tom Reyes -visited-> Kestria"]
  },
  "negative: arrived at the same time (no site)": {
    s: "Governor Rita Okafor arrived at the same time in Ikot Ekpene on Saturday.",
    m: ["Rita Okafor", "Ikot Ekpene:place"],
    rows: []
  },
  "negative: arrived at the university in a town in 1990 to study (a life story)": {
    s: "Governor Rita Okafor arrived at the university in Ikot Ekpene in 1990 to study law.",
    m: ["Rita Okafor", "Ikot Ekpene:place"],
    rows: []
  },
  "negative: arrived at the stadium for the cup final (a game)": {
    s: "Governor Rita Okafor arrived at the stadium in Ikot Ekpene on Saturday for the cup final.",
    m: ["Rita Okafor", "Ikot Ekpene:place"],
    rows: []
  },
  "negative: arrived at the camp and was arrested there (custody)": {
    s: "Rita Okafor arrived at the camp in Ikot Ekpene on Saturday, where she was arrested.",
    m: ["Rita Okafor", "Ikot Ekpene:place"],
    rows: []
  }
};

describe("round 31 verbs: 'arrived at the <site> in X' is a visit to X", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
