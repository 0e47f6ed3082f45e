/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): "called on B" that names where B was found (a home, a
 * hospital, a bedside) and calls for no act is a visit in person, a meeting: "A called on B at the hospital" → A met
 * B; "A called on B (at …) to <act>" stays a call to act (interactions/courtesy-visits.ts).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "called on two injured workers at the clinic → met each": {
    s: "Labour Minister Ana Lopes called on Tom Reyes and Lena Ruiz at the clinic on Friday, a day after the explosion.",
    m: ["Ana Lopes", "Tom Reyes", "Lena Ruiz"],
    rows: ["Ana Lopes -met-> Tom Reyes", "Ana Lopes -met-> Lena Ruiz"]
  },
  "called on a flood victim at her home → met": {
    s: "The mayor, Paulo Reis, called on Ada Nwosu at her home in Enugu on Sunday.",
    m: ["Paulo Reis", "Ada Nwosu", "Enugu:place"],
    rows: ["Paulo Reis -met-> Ada Nwosu"]
  },
  "called on an injured player in hospital → met": {
    s: "Coach Ivan Petrov called on Marko Ilic in hospital after the crash.",
    m: ["Ivan Petrov", "Marko Ilic"],
    rows: ["Ivan Petrov -met-> Marko Ilic"]
  },
  "called upon a rescued miner at his bedside → met": {
    s: "Governor Rita Okafor called upon Sam Eze at his bedside on Tuesday morning.",
    m: ["Rita Okafor", "Sam Eze"],
    rows: ["Rita Okafor -met-> Sam Eze"]
  },
  "negative: called on B at a press conference to act (a call to act)": {
    s: "Ana Lopes called on Tom Reyes at a press conference to withdraw the claim.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -called_on-> Tom Reyes"]
  },
  "negative: called on B at his home to act (an act is called for)": {
    s: "Ana Lopes called on Tom Reyes at his home to drop the lawsuit.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -called_on-> Tom Reyes"]
  },
  "negative: called on a company to pay hospital bills (the hospital is no place of visit)": {
    s: "Ana Lopes called on Acme Steel to pay the hospital bills.",
    m: ["Ana Lopes", "Acme Steel:organization"],
    rows: ["Ana Lopes -called_on-> Acme Steel"]
  }
};

describe("round 31 verbs: 'called on B at the hospital / at home' is a visit, met", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
