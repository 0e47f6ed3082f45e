import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {LANE1_SEED, LANE2_SEED, hashId, lanesToHex, nextLane1, nextLane2, spanId} from "../../../src/pipeline/util/hash.ts";

/** hashId fed by hand through the exported lane steps, as a loop that reads the text for something else does. */
function byLanes(s: string, prefix = ""): string {
  let a = LANE1_SEED ^ s.length;
  let b = LANE2_SEED;
  for (let i = 0; i < s.length; i++) (a = nextLane1(a, s.charCodeAt(i))), (b = nextLane2(b, s.charCodeAt(i)));
  return lanesToHex(a, b, prefix);
}

describe("hashId", () => {
  it.each([
    ["empty", ""],
    ["ascii", "a|The text"],
    ["accents and curly quotes", "“Zürich” — 12 dead"]
  ])("%s: 16 lower-case hex digits, stable, equal to the exported lane steps", (_label, s) => {
    expect(hashId(s)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashId(s)).toBe(hashId(s));
    expect(byLanes(s)).toBe(hashId(s));
    expect(byLanes(s, "e_")).toBe("e_" + hashId(s));
  });

  it("differs for texts that differ in one character or in length", () => {
    expect(hashId("flood")).not.toBe(hashId("floods"));
    expect(hashId("a")).not.toBe(hashId("b"));
  });

  it("any string: the lane steps give hashId's digits", () => {
    fc.assert(fc.property(fc.string({unit: "binary"}), (s) => byLanes(s) === hashId(s)));
  });
});

describe("spanId", () => {
  it.each([
    ["offsets only", "f_", "a_0123", 5, 9, []],
    ["with parts", "e_", "a_0123", 10, 42, ["release", "x"]],
    ["a non-integer offset takes the joined path", "i_", "a_9", 1.5, 3, ["met"]]
  ] as [string, string, string, number, number, string[]][])("%s: prefix + hashId of the parts joined by |", (_label, prefix, article, start, end, rest) => {
    expect(spanId(prefix, article, start, end, ...rest)).toBe(prefix + hashId([article, String(start), String(end), ...rest].join("|")));
  });
});
