/**
 * Stage 07 on invented sentences (round 23): "sat down for talks" is a meeting (model
 * interaction-verbs.ts, beside "held talks"):
 * - "A and B sat down for talks" → A met B, and a host of those talks meets both;
 * - "A sat down for talks with B" → A met B.
 * Negative: "sat down with" a media outlet is an interview, no meeting (not listed on purpose).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A and B sat down for talks hosted by C's <title>, D → A met B, D met both": {
    s: "On Monday, Kenya's labour minister Ruth Ansah and the union leader Amara Diallo sat down for talks hosted by Ghana's trade minister, Kofi Mensah.",
    m: ["Kenya:country", "Ruth Ansah", "Amara Diallo", "Ghana:country", "Kofi Mensah"],
    rows: ["Ruth Ansah -met-> Amara Diallo", "Kofi Mensah -met-> Ruth Ansah", "Kofi Mensah -met-> Amara Diallo"]
  },
  "A sat down for talks with B → A met B": {
    s: "Striking dockers' leader Amara Diallo sat down for talks with port director Nestor Bakary on Friday.",
    m: ["Amara Diallo", "Nestor Bakary"],
    rows: ["Amara Diallo -met-> Nestor Bakary"]
  },
  "negative (interview): A sat down with a broadcaster: no meeting": {
    s: "Amara Diallo sat down with Radio Dakar on Friday to explain the strike.",
    m: ["Amara Diallo", "Radio Dakar:media"],
    rows: []
  }
};

describe("stage 07 (round 23): sat down for talks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
