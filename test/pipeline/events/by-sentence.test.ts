/**
 * bySentence (src/pipeline/events/frame.ts) groups item indexes by sentence index in an array
 * rather than a Map: it must answer `get` exactly as a Map filled in item order would, for
 * dense and gapped sentence numbers and for keys an array slot cannot hold.
 */
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {bySentence, forgetFrames, sentenceLists} from "../../../src/pipeline/events/frame.ts";

/** The reference: the Map the function used to build. */
function reference(keys: number[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  keys.forEach((k, i) => {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  });
  return map;
}

describe("bySentence", () => {
  it("lists item indexes per sentence, in item order", () => {
    const lists = bySentence([{s: 0}, {s: 2}, {s: 0}, {s: 5}], (x) => x.s);
    expect(lists.get(0)).toEqual([0, 2]);
    expect(lists.get(1)).toBeUndefined();
    expect(lists.get(2)).toEqual([1]);
    expect(lists.get(5)).toEqual([3]);
    expect(lists.get(6)).toBeUndefined();
  });

  it("keeps keys no array slot holds (negative, fractional, NaN, huge)", () => {
    const keys = [-1, 1.5, Number.NaN, 2 ** 40, 3, -1];
    const lists = bySentence(keys, (k) => k);
    for (const k of [...keys, 0, 7]) expect(lists.get(k)).toEqual(reference(keys).get(k));
  });

  it("agrees with a Map on random keys", () => {
    const key = fc.oneof(fc.nat(40), fc.integer({min: -3, max: -1}), fc.constantFrom(0.5, Number.NaN, 2 ** 31, -0));
    fc.assert(
      fc.property(fc.array(key, {maxLength: 30}), (keys) => {
        const lists = bySentence(keys, (k) => k);
        const ref = reference(keys);
        return [...keys, 0, 1, 41, -7].every((k) => JSON.stringify(lists.get(k)) === JSON.stringify(ref.get(k)));
      }),
      {numRuns: 500}
    );
  });
});

describe("bySentence on items in sentence order (each sentence's list sliced from one run)", () => {
  it("gives the same lists, each at its exact length, with empty slots between", () => {
    const lists = bySentence([{s: 1}, {s: 1}, {s: 1}, {s: 4}, {s: 6}, {s: 6}], (x) => x.s);
    expect(lists.get(0)).toBeUndefined();
    expect(lists.get(1)).toEqual([0, 1, 2]);
    expect(lists.get(3)).toBeUndefined();
    expect(lists.get(4)).toEqual([3]);
    expect(lists.get(6)).toEqual([4, 5]);
    expect(lists.get(7)).toBeUndefined();
  });

  it("agrees with a Map on random keys in non-decreasing order", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), {maxLength: 30}), (raw) => {
        const keys = [...raw].sort((a, b) => a - b);
        const lists = bySentence(keys, (k) => k);
        const ref = reference(keys);
        return [...keys, 0, 1, 41].every((k) => JSON.stringify(lists.get(k)) === JSON.stringify(ref.get(k)));
      }),
      {numRuns: 500}
    );
  });
});

describe("sentenceLists (stage 06's lists reused by stage 07)", () => {
  const items = (keys: number[]) => keys.map((sentenceIndex) => ({sentenceIndex}));

  it("gives bySentence's lists, and the same lists again for the same array", () => {
    const mentions = items([0, 0, 2]);
    const dates = items([2]);
    const a = sentenceLists(mentions);
    const b = sentenceLists(dates);
    expect([a.get(0), a.get(1), a.get(2), b.get(2)]).toEqual([[0, 1], undefined, [2], [0]]);
    expect(sentenceLists(mentions)).toBe(a);
    expect(sentenceLists(dates)).toBe(b);
    forgetFrames([]);
  });

  it("builds anew for another array, a grown array and after forgetFrames", () => {
    const mentions = items([1]);
    const first = sentenceLists(mentions);
    expect(sentenceLists(items([1]))).not.toBe(first);
    mentions.push({sentenceIndex: 3});
    expect(sentenceLists(mentions).get(3)).toEqual([1]);
    const again = sentenceLists(mentions);
    forgetFrames([]);
    expect(sentenceLists(mentions)).not.toBe(again);
    forgetFrames([]);
  });
});
