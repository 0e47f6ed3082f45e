/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): an appeal with an adverb of manner before its "to" is the
 * same appeal as "appealed to B": "A appealed directly / personally / publicly / again to B (to …)" → A called on B
 * (model interaction-verbs.ts APPEAL_MANNER_ADVERBS; not to a court or against a ruling).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "appealed directly to a governor to reopen a clinic → called_on": {
    s: "Ada Nwosu appealed directly to Governor Rita Okafor to reopen the clinic before the rains.",
    m: ["Ada Nwosu", "Rita Okafor"],
    rows: ["Ada Nwosu -called_on-> Rita Okafor"]
  },
  "has appealed personally to an apposed club owner → called_on": {
    s: "Tom Reyes has appealed personally to Ana Lopes, the club's owner, to keep the ground open.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -called_on-> Ana Lopes"]
  },
  "appealed publicly to a company → called_on": {
    s: "Union leader Lena Ruiz appealed publicly to Acme Steel on Monday to reopen the talks.",
    m: ["Lena Ruiz", "Acme Steel:organization"],
    rows: ["Lena Ruiz -called_on-> Acme Steel"]
  },
  "negative: appealed again to a court against a ruling (litigation)": {
    s: "Tom Reyes appealed again to the Supreme Court against the ruling on the ban.",
    m: ["Tom Reyes", "Supreme Court:organization"],
    rows: []
  },
  "negative: no named appellant": {
    s: "The miners' wives appealed publicly to Acme Steel on Monday.",
    m: ["Acme Steel:organization"],
    rows: []
  }
};

describe("round 31 verbs: 'appealed directly / personally to B' is called_on", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
