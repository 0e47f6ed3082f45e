import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const events = (s: string, d: string[]): string[] => sentenceEvents(s, d);

describe("findEvents: the verb of a clause that opens with its date", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "a subject of two full names",
      "On Saturday, Ines Duarte and Tomas Ferreira were evacuated to Lisbon aboard a military plane.",
      ["Saturday=2025-10-11"],
      ["other:evacuated=2025-10-11"]
    ],
    [
      "after a count and a comma",
      "Nine days later, on Saturday, Ines Duarte and Tomas Ferreira were evacuated to Lisbon.",
      ["Saturday=2025-10-11"],
      ["other:evacuated=2025-10-11"]
    ],
    ["a past auxiliary yields to its participle", "On Saturday, the two climbers were airlifted to Zermatt.", ["Saturday=2025-10-11"], ["other:airlifted=2025-10-11"]],
    ["negative: 'were' with no participle stays", "On Saturday, the roads were icy across the pass.", ["Saturday=2025-10-11"], ["other:were=2025-10-11"]],
    [
      "negative: a date that does not open its clause does not reach past the comma",
      "The rains of Saturday, Ines Duarte and Tomas Ferreira and their neighbours recalled, were the heaviest.",
      ["Saturday=2025-10-11"],
      []
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(events(s, d)).toEqual(expected);
  });
});
