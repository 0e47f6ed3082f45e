/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): "pressed B <time phrase> to free / release / help …" is a
 * request, asked, as "pressed B to free …" is (review 23 F1): a time phrase between the object and its infinitive does
 * not change what was asked (interactions/pressed-requests.ts; model PRESSED_TIME_OPENERS).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "had pressed a company since March to release pay → asked": {
    s: "Union leader Tom Reyes had pressed Acme Steel since March to release the withheld pay, but the firm paid only half.",
    m: ["Tom Reyes", "Acme Steel:organization"],
    rows: ["Tom Reyes -asked-> Acme Steel"]
  },
  "pressed a mayor for months to free seized trucks → asked": {
    s: "Tom Reyes pressed Ana Lopes for months to free the seized trucks.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -asked-> Ana Lopes"]
  },
  "pressed a country throughout the winter to help → asked": {
    s: "Fisheries minister Ana Sousa pressed Kestria throughout the winter to help the stranded crews.",
    m: ["Ana Sousa", "Kestria:country"],
    rows: ["Ana Sousa -asked-> Kestria"]
  },
  "negative: pressed for months to cut fares (policy pressure) stays called_on": {
    s: "Tom Reyes pressed Ana Lopes for months to cut the fares.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -called_on-> Ana Lopes"]
  },
  "negative: the ongoing 'is pressing' stays called_on": {
    s: "Tom Reyes is pressing Acme Steel this week to release the pay.",
    m: ["Tom Reyes", "Acme Steel:organization"],
    rows: ["Tom Reyes -called_on-> Acme Steel"]
  },
  "negative: pressed B on a topic, another clause's 'to release'": {
    s: "Tom Reyes pressed Ana Lopes on the fares, and she agreed to release the figures.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -called_on-> Ana Lopes"]
  }
};

describe("round 31 verbs: 'pressed B <time> to free …' is asked", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
