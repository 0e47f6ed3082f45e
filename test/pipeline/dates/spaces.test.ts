import {describe, expect, it} from "vitest";
import {isRegexSpace, skipRegexSpaces} from "../../../src/pipeline/dates/spaces.ts";

describe("03 dates: \\s as a char test", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    const mismatches: number[] = [];
    for (let c = 0; c < 65536; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) mismatches.push(c);
    expect(mismatches).toEqual([]);
  });

  it("skips spaces from an index", () => {
    expect(skipRegexSpaces("on \u00a0 Monday", 2)).toBe(5);
    expect(skipRegexSpaces("on", 2)).toBe(2);
    expect(skipRegexSpaces("a  ", 1)).toBe(3);
  });
});
