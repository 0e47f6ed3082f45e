/**
 * exclusionReason reads the characters after a number before its unit and time regexes: these pin the
 * units and times that must still be found behind those character tests.
 */
import {describe, expect, it} from "vitest";
import {exclusionReason, numberExclusion, phraseExclusion, singleExclusion} from "../../../src/pipeline/figures/exclusions.ts";
import {wordsBefore} from "../../../src/pipeline/figures/words.ts";
import {scanNumbers} from "../../../src/pipeline/figures/numbers.ts";

function reason(text: string): string | null {
  const tok = scanNumbers(text)[0];
  return exclusionReason(text, tok, tok.start, false);
}

describe("exclusionReason", () => {
  it.each<[string, string | null]>([
    ["rose 12 percent", "unit"],
    ["rose 12%", "unit"],
    ["a 3 m wall", "unit"],
    ["12 years old", "unit"],
    ["eight and a half years", "unit"],
    ["at 5 pm", "unit"],
    ["at 5  P.M. local", "time"],
    ["at 10 h", "time"],
    ["at 10 hrs", "time"],
    ["at 10:30", "time"],
    ["at 9 GMT", "unit"],
    ["at 9 o'clock", "unit"],
    ["at 9 local time", "time"],
    ["12 people died", null],
    ["12 hostages", null],
    ["killed 12 men", null]
  ])("%s", (text, expected) => {
    expect(reason(text)).toBe(expected);
  });
});

describe("exclusionReason in parts", () => {
  it.each<[string, string | null, string | null]>([
    // [text, numberExclusion, phraseExclusion]: the number alone decides dates, units and "-plus"; years need the hedge.
    ["on 7 October", "date", null],
    ["rose 12%", "unit", null],
    ["20-plus hostages", "", null],
    ["in 2019 the", null, "year"],
    ["aged 37", null, "age"],
    ["12 people died", null, null]
  ])("%s", (text, own, phrase) => {
    const tok = scanNumbers(text)[0];
    const words = wordsBefore(text, tok.start, 4);
    expect(numberExclusion(text, tok, words)).toBe(own);
    if (own === null) expect(phraseExclusion(text, tok, tok.start, false, words)).toBe(phrase);
  });

  it("keeps counts from one up to the last check", () => {
    const text = "1 person";
    expect(singleExclusion(text, scanNumbers(text)[0], wordsBefore(text, 0, 2))).toBe("one");
  });
});
