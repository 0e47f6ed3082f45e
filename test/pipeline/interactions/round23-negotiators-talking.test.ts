/**
 * Stage 07 on invented sentences (round 23): a side's negotiators talking with someone negotiate
 * with them (model interaction-verbs.ts, flag `negotiatorSubject`, NEGOTIATOR_NOUNS;
 * find-interactions.ts negotiatorsOf):
 * - "Negotiators of A have been talking with B for hours" → A negotiated B;
 * - "A negotiators were talking to B" → the same.
 * Negatives: talk by anyone else ("A has been talking with B") and negotiators not tied to the name
 * ("A said negotiators were talking with B") are no negotiation of A's.
 * Review 23 F8: not with a media outlet (flag `notMedia`: an interview) and not after "stopped/ceased".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative (review 23 F8, media: 'negotiators were talking to the BBC'): no negotiated row": {
    s: "Ukraine's negotiators were talking to the BBC about the offer.",
    m: ["Ukraine:country", "BBC:media"],
    rows: []
  },
  "negative (review 23 F8, media: 'talking to the CNN reporter B'): no negotiated row": {
    s: "The Ghana negotiator was talking to the CNN reporter Tom Hale.",
    m: ["Ghana:country", "CNN:media", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F8, 'stopped talking to'): no negotiated row": {
    s: "Ghana's negotiators stopped talking to Togo.",
    m: ["Ghana:country", "Togo:country"],
    rows: []
  },
  "Negotiators of A have been talking with B → A negotiated B": {
    s: "Negotiators of the Nordic Rail Company have been talking with Paul Odell since Tuesday.",
    m: ["Nordic Rail Company:organization", "Paul Odell"],
    rows: ["Nordic Rail Company -negotiated-> Paul Odell"]
  },
  "A negotiators were talking to B → A negotiated B": {
    s: "Nordic Rail negotiators were talking to Paul Odell late on Sunday.",
    m: ["Nordic Rail:organization", "Paul Odell"],
    rows: ["Nordic Rail -negotiated-> Paul Odell"]
  },
  "negative (no negotiators): A has been talking with B": {
    s: "Lena Brandt has been talking with Paul Odell since Tuesday.",
    m: ["Lena Brandt", "Paul Odell"],
    rows: []
  },
  "negative (reported): A said negotiators were talking with B": {
    s: "The Nordic Rail Company said negotiators were talking with Paul Odell.",
    m: ["Nordic Rail Company:organization", "Paul Odell"],
    rows: []
  }
};

describe("stage 07 (round 23): negotiators talking with B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
