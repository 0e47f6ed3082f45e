import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {NumberMap} from "../../../src/pipeline/events/number-map.ts";

describe("NumberMap (typed-array hash map of whole numbers, stage 10's joins)", () => {
  it("answers -1 for a key never set, the last value set otherwise", () => {
    const m = new NumberMap();
    expect(m.get(0)).toBe(-1);
    m.set(0, 5);
    m.set(42, 0);
    m.set(42, 7);
    expect([m.get(0), m.get(42), m.get(41), m.size, m.has(42), m.has(1)]).toEqual([5, 7, -1, 2, true, false]);
  });

  it("keeps keys up to 2^53 apart, beyond 32 bits too", () => {
    const m = new NumberMap();
    const keys = [2 ** 32, 2 ** 32 + 1, 1, 2 ** 53 - 1, 2 ** 40 * 3, 4294967295];
    keys.forEach((k, i) => m.set(k, i));
    expect(keys.map((k) => m.get(k))).toEqual(keys.map((_, i) => i));
  });

  it("answers like a Map through growth, on random keys and values", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.nat(50), fc.nat(), fc.maxSafeNat()), fc.nat()), {maxLength: 300}), fc.array(fc.oneof(fc.nat(60), fc.maxSafeNat()), {maxLength: 50}), (sets, probes) => {
        const m = new NumberMap(2);
        const ref = new Map<number, number>();
        for (const [k, v] of sets) {
          m.set(k, v);
          ref.set(k, v);
        }
        expect(m.size).toBe(ref.size);
        for (const k of [...ref.keys(), ...probes]) expect(m.get(k)).toBe(ref.get(k) ?? -1);
      })
    );
  });
});
