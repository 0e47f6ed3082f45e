/**
 * Stage 07 on invented sentences (round 17): a verdict of reproach is a criticism of the one
 * judged (model/interaction-cues.ts REPROACH_WORDS):
 * - "A called B's <act> (of C) \"a disgrace\"" → A criticized B;
 * - "A called B \"terrorists\"", "A called B's decision a total disgrace" → A criticized B.
 * Negatives: a verdict that is no reproach, a call by phone, a reproach of something unnamed
 * (sport), praise of a company's results (business).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A called B's <act> of C \"a disgrace\" → A criticized B": {
    s: "Foreign Minister Ines Mota called Zambia's arming of the Lowland Front \"a disgrace\" on Monday.",
    m: ["Ines Mota", "Zambia's:country", "Lowland Front:organization"],
    rows: ["Ines Mota -criticized-> Zambia's"]
  },
  "A called B \"terrorists\" → A criticized B": {
    s: "Governor Hugo Ibarra called the Lowland Front \"terrorists\" after the raid.",
    m: ["Hugo Ibarra", "Lowland Front:organization"],
    rows: ["Hugo Ibarra -criticized-> Lowland Front"]
  },
  "A called B's decision a total disgrace → A criticized B": {
    s: "Kojo Mensah called Malawi's decision a total disgrace.",
    m: ["Kojo Mensah", "Malawi's:country"],
    rows: ["Kojo Mensah -criticized-> Malawi's"]
  },
  "negative: a verdict that is no reproach": {
    s: "Ines Mota called Zambia's talks with Malawi \"a success\".",
    m: ["Ines Mota", "Zambia's:country", "Malawi:country"],
    rows: []
  },
  "negative: a call by phone names no verdict": {
    s: "Ines Mota called Hugo Ibarra by phone to discuss the outrage.",
    m: ["Ines Mota", "Hugo Ibarra"],
    rows: []
  },
  "negative (sport): a reproach of an unnamed referee's decision names no one": {
    s: "Coach Dario Bellini called the referee's decision a disgrace.",
    m: ["Dario Bellini"],
    rows: []
  },
  "negative (business): praise of a company's results is no criticism": {
    s: "Analyst Achol Akech called Orbis's results \"a triumph\".",
    m: ["Achol Akech", "Orbis's:organization"],
    rows: []
  }
};

describe("round 17: verdicts of reproach", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
