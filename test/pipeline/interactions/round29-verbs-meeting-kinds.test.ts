/**
 * Stage 07 on invented sentences (round 29, verb class of meetings): a meeting named with its kind or length between
 * the verb and the noun: "A held a crisis / an emergency / a one-hour meeting with B", "A held separate talks with B"
 * → A met B (and no hold of B by A).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "held a crisis meeting with a titled official → met, no hold": {
    s: "Water minister Ivo Kral held a crisis meeting with Governor Lena Sova after the dam failed.",
    m: ["Ivo Kral", "Lena Sova"],
    rows: ["Ivo Kral -met-> Lena Sova"]
  },
  "held an emergency meeting with a fire chief → met": {
    s: "Mayor Ana Ruiz held an emergency meeting with fire chief Tom Hale on Monday.",
    m: ["Ana Ruiz", "Tom Hale"],
    rows: ["Ana Ruiz -met-> Tom Hale"]
  },
  "had a one-hour meeting with → met": {
    s: "The strike leader, Ana Ruiz, had a one-hour meeting with Tom Hale, the port director.",
    m: ["Ana Ruiz", "Tom Hale"],
    rows: ["Ana Ruiz -met-> Tom Hale"]
  },
  "held separate talks with two sides → met both": {
    s: "The envoy, Ana Ruiz, held separate talks with Tom Hale and Bo Chan.",
    m: ["Ana Ruiz", "Tom Hale", "Bo Chan"],
    rows: ["Ana Ruiz -met-> Tom Hale", "Ana Ruiz -met-> Bo Chan"]
  },
  "negative: a coach's emergency meeting with his captain before a final (sport)": {
    s: "Coach Rui Vale held an emergency meeting with captain Leo Duarte before the final.",
    m: ["Rui Vale", "Leo Duarte"],
    rows: []
  },
  "negative: a brief meeting with a news agency (media)": {
    s: "Ana Ruiz had a brief meeting with Reuters.",
    m: ["Ana Ruiz", "Reuters:media"],
    rows: []
  },
  "negative: 'refused to hold urgent talks with' (an act not done)": {
    s: "Ana Ruiz refused to hold urgent talks with Tom Hale.",
    m: ["Ana Ruiz", "Tom Hale"],
    rows: []
  }
};

describe("round 29 verbs: meetings named with their kind", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
