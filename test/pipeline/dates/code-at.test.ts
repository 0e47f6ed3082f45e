import {describe, expect, it} from "vitest";
import {codeAt} from "../../../src/pipeline/dates/code-at.ts";

describe("03 dates: codeAt", () => {
  it("reads a char code inside the text and -1 past either end", () => {
    expect(codeAt("May", 0)).toBe(77);
    expect(codeAt("May", 2)).toBe(121);
    expect(codeAt("May", 3)).toBe(-1);
    expect(codeAt("May", -1)).toBe(-1);
    expect(codeAt("", 0)).toBe(-1);
  });
});
