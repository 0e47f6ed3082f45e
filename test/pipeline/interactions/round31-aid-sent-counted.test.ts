/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): aid sent to help someone (round 28, nominal.ts aidSent)
 * told with a model's name ("two Mi-8 helicopters"), a counted range ("a team of 30 to 40 rescuers") and the helped
 * body owned by its country ("to assist Kestria's Ministry of Water") → the sender assisted that body.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "dispatched model-named helicopters and a squad of 20 to 25 medics over the mountains to help a country's ministry → assisted the ministry": {
    s: "The Norland Rescue Service dispatched three Ka-32 helicopters and a squad of 20 to 25 medics over the mountains to help Kestria's Health Ministry on Tuesday.",
    m: ["Norland Rescue Service:organization", "Ka:organization", "Kestria:country", "Health Ministry:organization"],
    rows: ["Norland Rescue Service -assisted-> Health Ministry"]
  },
  "sent boats and some 12 to 15 divers to a fire brigade → assisted": {
    s: "Norland has sent two boats and some 12 to 15 divers to the Delta Fire Brigade.",
    m: ["Norland:country", "Delta Fire Brigade:organization"],
    rows: ["Norland -assisted-> Delta Fire Brigade"]
  },
  "sent two C-130 planes with tents to a country → assisted": {
    s: "Norland sent two C-130 planes with tents to Kestria after the floods.",
    m: ["Norland:country", "C:organization", "Kestria:country"],
    rows: ["Norland -assisted-> Kestria"]
  },
  "negative: 30 to 40 troops sent to bomb rebels (no aid)": {
    s: "Norland sent 30 to 40 troops to Kestria to bomb the rebels.",
    m: ["Norland:country", "Kestria:country"],
    rows: []
  },
  "negative: a count range with no one helped after 'to'": {
    s: "Norland sent 25 to 35 firefighters to the flooded valley.",
    m: ["Norland:country"],
    rows: []
  }
};

describe("round 31 verbs: aid sent with model names, counted ranges and owned bodies", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
