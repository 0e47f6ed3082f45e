/**
 * Stage 07 on invented sentences (round 23): coordinated subjects of a meeting verb with an object
 * that names no one met that object together, not each other (find-interactions.ts unnamedObject,
 * model interaction-cues.ts MEETING_TIME_NOUNS):
 * - "the Front and B, a village elder, who met the group's leaders twice" → no Front-met-B row;
 * - "A and B met with a delegation of farmers" → none either.
 * Kept (the noun phrase is a time, not an object): "A and B met the next day", "met each other".
 * Review 23 F4: "met with the help/mediation/support/aim of …", "with a view to" (model
 * interaction-cues.ts MEETING_MANNER_NOUNS) and "an hour / a few hours later" (MEETING_TIME_NOUNS)
 * name no object: A and B still met.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "review 23 F4 (manner 'with the help of'): A and B still met": {
    s: "Ann Ward and Tom Hale met with the help of a translator.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F4 (manner 'with the blessing of'): A and B still met": {
    s: "Ann Ward and Tom Hale met with the blessing of the president.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F4 (manner 'with the support of'): A and B still met": {
    s: "Ann Ward and Tom Hale met with the support of the United Nations.",
    m: ["Ann Ward", "Tom Hale", "United Nations:organization"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F4 (manner 'with the aim of'): A and B still met": {
    s: "Ann Ward and Tom Hale met with the aim of ending the strike.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F4 (manner 'with a view to'): A and B still met": {
    s: "Ann Ward and Tom Hale met with a view to reviving the talks.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F4 (time 'an hour later'): A and B still met": {
    s: "Ann Ward and Tom Hale met an hour later.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F4 (time 'a few hours later'): A and B still met": {
    s: "Ann Ward and Tom Hale met a few hours later.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F4 (time 'an hour before the vote'): A and B still met": {
    s: "Ann Ward and Tom Hale met an hour before the vote.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -met-> Tom Hale"]
  },
  "review 23 F4 ('with the mediation of C'): A and B met, C mediated both": {
    s: "Ann Ward and Tom Hale met with the mediation of Li Wei.",
    m: ["Ann Ward", "Tom Hale", "Li Wei"],
    rows: ["Ann Ward -met-> Tom Hale", "Ann Ward -negotiated-> Tom Hale", "Li Wei -mediated-> Ann Ward", "Li Wei -mediated-> Tom Hale"]
  },
  "A and B, a <noun>, who met the group's leaders → no A-met-B row": {
    s: "The truce was arranged by the Delta Front and Omar Sall, a village elder from Kayes, who met the group's leaders twice.",
    m: ["Delta Front:group", "Omar Sall", "Kayes:place"],
    rows: []
  },
  "A and B met with a delegation of farmers → no A-met-B row": {
    s: "Governor Kofi Mensah and Bishop Omar Sall met with a delegation of farmers on Monday.",
    m: ["Kofi Mensah", "Omar Sall"],
    rows: []
  },
  "kept (time): A and B met the next day → A met B": {
    s: "Kofi Mensah and Omar Sall met the next day in Kayes.",
    m: ["Kofi Mensah", "Omar Sall", "Kayes:place"],
    rows: ["Kofi Mensah -met-> Omar Sall"]
  },
  "kept (each other): A and B met each other → A met B": {
    s: "Kofi Mensah and Omar Sall met each other in Kayes after the floods.",
    m: ["Kofi Mensah", "Omar Sall", "Kayes:place"],
    rows: ["Kofi Mensah -met-> Omar Sall"]
  }
};

describe("stage 07 (round 23): coordinated subjects meeting an unnamed object", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
