import {describe, expect, it} from "vitest";
import {isDigit} from "../../../src/pipeline/util/chars.ts";

describe("isDigit", () => {
  it.each([
    ["0", true],
    ["9", true],
    ["/", false],
    [":", false],
    ["a", false],
    ["٣", false],
    ["５", false]
  ])("%s → %s", (ch, want) => {
    expect(isDigit(ch.charCodeAt(0))).toBe(want);
  });

  it("agrees with /[0-9]/ on every BMP code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isDigit(c)).toBe(/[0-9]/.test(String.fromCharCode(c)));
  });
});
