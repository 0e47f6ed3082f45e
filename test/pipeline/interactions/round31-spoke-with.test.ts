/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): "A spoke with B (on Thursday)" is a conversation of two
 * persons with no other content, a meeting (docs/evaluation.md: a call or talk with no content is met), by phone or
 * not. Not with a topic right after ("spoke with B about the floods"), not with its content told ("… and thanked him":
 * the thanks only), not with a media outlet; "spoke to B" still wants a phone word (calls.ts withoutTopicTalks).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a minister spoke with a counterpart on a morning → met": {
    s: "Transport Minister Ana Lopes spoke with Tom Reyes on Thursday morning, her office said.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -met-> Tom Reyes"]
  },
  "at the site he spoke with the governor and thanked the rescuers → met the governor": {
    s: "At the dam, Paulo Reis spoke with Governor Rita Okafor and thanked the rescuers.",
    m: ["Paulo Reis", "Rita Okafor"],
    rows: ["Paulo Reis -met-> Rita Okafor"]
  },
  "had spoken with two persons → met each": {
    s: "The club's chairman, Ivan Petrov, had spoken with Marko Ilic and with Sara Ilic before the hearing.",
    m: ["Ivan Petrov", "Marko Ilic", "Sara Ilic"],
    rows: ["Ivan Petrov -met-> Marko Ilic", "Ivan Petrov -met-> Sara Ilic"]
  },
  "negative: spoke with B about a topic (reported speech)": {
    s: "Ana Lopes spoke with Tom Reyes about the flood defences.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "negative: spoke with B and thanked him (the content only)": {
    s: "Ana Lopes spoke with Tom Reyes on Monday and thanked him for the pumps.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -thanked-> Tom Reyes"]
  },
  "negative: spoke with a broadcaster (an interview)": {
    s: "Ana Lopes spoke with the BBC on Monday.",
    m: ["Ana Lopes", "BBC:media"],
    rows: []
  },
  "negative: spoke to B with no phone word stays nothing": {
    s: "Ana Lopes spoke to Tom Reyes outside the court.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  }
};

describe("round 31 verbs: 'A spoke with B' is met", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
