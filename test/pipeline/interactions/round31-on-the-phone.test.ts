/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): a call told as being on the line, "A was on the phone to
 * / with B", is a call with no other content, a meeting (docs/evaluation.md): A met B. Only after a form of "be";
 * a call whose content is told keeps the content only (calls.ts).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "was on the telephone with an apposed water-board chairman → met": {
    s: "Late on Monday Mayor Ana Lopes was on the telephone with the chairman of the water board, Tom Reyes, her office said.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -met-> Tom Reyes"]
  },
  "was on the telephone with a player → met": {
    s: "Coach Ivan Petrov was on the telephone with Marko Ilic for an hour on Sunday.",
    m: ["Ivan Petrov", "Marko Ilic"],
    rows: ["Ivan Petrov -met-> Marko Ilic"]
  },
  "has been on the phone with a union leader → met": {
    s: "Ana Lopes has been on the phone with Tom Reyes all week.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -met-> Tom Reyes"]
  },
  "negative: on the phone to a broadcaster (an interview)": {
    s: "Ana Lopes was on the phone to the BBC on Monday.",
    m: ["Ana Lopes", "BBC:media"],
    rows: []
  },
  "negative: not on the phone (negated)": {
    s: "Ana Lopes was not on the phone to Tom Reyes on Monday, her office said.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "negative: a call with its content is the content only": {
    s: "Ana Lopes was on the phone to Tom Reyes and thanked him for the pumps.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -thanked-> Tom Reyes"]
  },
  "negative: 'on the line to' without a form of 'be'": {
    s: "Ana Lopes left the money on the line to Tom Reyes.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  }
};

describe("round 31 verbs: 'was on the phone to B' is a call, met", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
