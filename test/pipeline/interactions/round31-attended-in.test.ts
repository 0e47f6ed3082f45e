/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): attending an event held in a named place is a trip there:
 * "A attended a forum / summit / funeral in X" → A visited X (interactions/site-arrivals.ts attendedEventIn; model
 * ATTENDING_VERBS, ATTENDED_EVENT_NOUNS). Not a school or a game, not by video.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "attended a congress in a city last October → visited": {
    s: "Ms Lopes attended a congress in Lisbon last October, where she spoke about the strike.",
    m: ["Ms Lopes", "Lisbon:place"],
    rows: ["Ms Lopes -visited-> Lisbon"]
  },
  "attended the funeral in a town on Friday → visited": {
    s: "Governor Rita Okafor attended the funeral in Ikot Ekpene on Friday.",
    m: ["Rita Okafor", "Ikot Ekpene:place"],
    rows: ["Rita Okafor -visited-> Ikot Ekpene"]
  },
  "attended an energy summit in a country → visited": {
    s: "Tom Reyes attended an energy summit in Kestria in May.",
    m: ["Tom Reyes", "Kestria:country"],
    rows: ["Tom Reyes -visited-> Kestria"]
  },
  "negative: attended a school in a town (a life)": {
    s: "Tom Reyes attended a boarding school in Ikot Ekpene.",
    m: ["Tom Reyes", "Ikot Ekpene:place"],
    rows: []
  },
  "negative: attended the final in a city (a game)": {
    s: "Tom Reyes attended the cup final in Lisbon on Sunday.",
    m: ["Tom Reyes", "Lisbon:place"],
    rows: []
  },
  "negative: attended a summit in a city by video link": {
    s: "Tom Reyes attended the summit in Lisbon by video link.",
    m: ["Tom Reyes", "Lisbon:place"],
    rows: []
  }
};

describe("round 31 verbs: 'attended a forum in X' is a visit to X", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
