import {describe, expect, it} from "vitest";
import {cueWindows, cueWindowsInto} from "../../../src/pipeline/dates/cues.ts";

describe("cueWindowsInto", () => {
  it("writes the windows of cueWindows flat into a reused array", () => {
    const out: number[] = [];
    const long = `${"word ".repeat(40)}the river burst its banks on Monday, ${"word ".repeat(40)}and again in 2024.`;
    for (const s of ["Rivers rose on Monday.", "No date here at all.", long, "Talks resumed on the 15th."]) {
      const k = cueWindowsInto(s, out);
      expect(out.slice(0, k)).toEqual(cueWindows(s).flat());
    }
  });

  it("returns 0 for a sentence without a cue, and leaves a longer array's tail unread", () => {
    const out = [1, 2, 3, 4, 5, 6];
    expect(cueWindowsInto("Officials met the press.", out)).toBe(0);
    expect(cueWindowsInto("Rivers rose on Monday.", out)).toBe(2);
    expect(out.slice(0, 2)).toEqual([0, 22]);
  });
});
