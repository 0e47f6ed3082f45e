/**
 * exclusionReason reads the characters after a number before its unit and time regexes: these pin the
 * units and times that must still be found behind those character tests.
 */
import {describe, expect, it} from "vitest";
import {exclusionReason} from "../../../src/pipeline/figures/exclusions.ts";
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
