/**
 * sortSmall: insertion sort for short lists (a sentence's dates, periods, events; an actor's names), in the order
 * Array.prototype.sort gives.
 */
import {describe, expect, it} from "vitest";
import {sortSmall} from "../../../src/pipeline/util/sort-small.ts";

type Span = {start: number; end: number; id: number};
const byStart = (a: Span, b: Span) => a.start - b.start;
const startThenLongest = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** Spans from a fixed linear congruential sequence: many ties of start, so stability shows. */
function spans(n: number, seed: number): Span[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) % 7;
  return Array.from({length: n}, (_, id) => ({start: next(), end: next() + 7, id}));
}

describe("sortSmall", () => {
  it.each([0, 1, 2, 3, 5, 16, 17, 40])("%i items: the same order as sort(), ties kept in input order", (n) => {
    for (const compare of [byStart, startThenLongest]) {
      for (let seed = 1; seed <= 20; seed++) {
        const a = spans(n, seed), b = a.map((s) => ({...s}));
        expect(sortSmall(a, compare).map((s) => s.id)).toEqual(b.sort(compare).map((s) => s.id));
      }
    }
  });

  it("sorts in place and returns the same list", () => {
    const a = [{start: 3, end: 4, id: 0}, {start: 1, end: 2, id: 1}];
    expect(sortSmall(a, byStart)).toBe(a);
    expect(a.map((s) => s.start)).toEqual([1, 3]);
  });

  it("a lower insertion limit hands longer lists to sort(), in the same order", () => {
    const a = spans(10, 3), b = a.map((s) => ({...s}));
    expect(sortSmall(a, byStart, 4).map((s) => s.id)).toEqual(b.sort(byStart).map((s) => s.id));
  });
});
