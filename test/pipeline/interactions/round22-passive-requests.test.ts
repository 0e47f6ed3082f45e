/**
 * Stage 07 on invented sentences (round 22): a passive request names its asker after "by", with
 * the act asked for after the asker (model interaction-verbs.ts "asked"/"requested" passive;
 * find-interactions.ts passivePairs, infinitiveAfter):
 * - "B, who was asked by A's embassy in X to intervene, …" → A asked B;
 * - "B was requested by A to mediate" → A asked B;
 * - "the Bishop of X, B, who was asked by A to …": the place of the title is no one asked.
 * Negatives: "asked by A about the strike" and "asked by A whether …" are questions, no request.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B, who was asked by A's embassy in X to intervene → A asked B": {
    s: "Paul Okello, who was asked by Uganda's embassy in Nairobi to intervene, met the strikers on Friday.",
    m: ["Paul Okello", "Uganda:country", "Nairobi:place"],
    rows: ["Uganda -asked-> Paul Okello"]
  },
  "B was requested by A to mediate → A asked B": {
    s: "Ruth Ansah was requested by the Dockers Union to mediate in the pay dispute.",
    m: ["Ruth Ansah", "Dockers Union:organization"],
    rows: ["Dockers Union -asked-> Ruth Ansah"]
  },
  "the Bishop of X, B, who was asked by A to help → only B is asked": {
    s: "The deal followed talks with the Bishop of Gulu, Paul Okello, who was asked by Uganda to help.",
    m: ["Gulu:place", "Paul Okello", "Uganda:country"],
    rows: ["Uganda -asked-> Paul Okello"]
  },
  "negative (labour): asked by A about the strike is a question": {
    s: "Paul Okello was asked by the Dockers Union about the strike.",
    m: ["Paul Okello", "Dockers Union:organization"],
    rows: []
  },
  "negative (media): asked by an outlet whether … is an interview": {
    s: "Paul Okello, asked by the Harbour Gazette whether he would resign, said no.",
    m: ["Paul Okello", "Harbour Gazette:media"],
    rows: []
  },
  // Review 22, F24: a request for comment or explanation is an interview question; an outlet asks no one.
  "negative (review 22 F24): who was asked by CNN to comment": {
    s: "Peskov, who was asked by CNN to comment on the report, declined.",
    m: ["Peskov", "CNN:organization"],
    rows: []
  },
  "negative (review 22 F24): was asked by the BBC to explain": {
    s: "Lavrov was asked by the BBC to explain the strike on Sumy.",
    m: ["Lavrov", "BBC:organization", "Sumy:place"],
    rows: []
  },
  "negative (review 22 F24): was asked by Fox News to describe": {
    s: "Zelensky was asked by Fox News to describe the meeting with Trump.",
    m: ["Zelensky", "Fox News:organization", "Trump"],
    rows: []
  },
  "negative (review 22 F24): an outlet as the asker, whatever the act": {
    s: "Paul Okello was asked by the Harbour Gazette to attend the debate.",
    m: ["Paul Okello", "Harbour Gazette:media"],
    rows: []
  }
};

describe("stage 07 (round 22): passive requests", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
