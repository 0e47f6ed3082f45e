/**
 * codeAt: charCodeAt with an explicit bounds check (same results, NaN outside the string).
 */
import {describe, expect, it} from "vitest";
import {codeAt} from "../../../src/pipeline/figures/chars.ts";

describe("codeAt", () => {
  it("reads like charCodeAt inside the string", () => {
    expect(codeAt("ab", 0)).toBe(97);
    expect(codeAt("ab", 1)).toBe(98);
    expect(codeAt("—", 0)).toBe(0x2014);
  });

  it("is NaN before the start and past the end, like charCodeAt", () => {
    expect(codeAt("ab", -1)).toBeNaN();
    expect(codeAt("ab", 2)).toBeNaN();
    expect(codeAt("", 0)).toBeNaN();
  });
});
