/**
 * hit-filters: plain-loop position filters of cue hits, each the same as the filter/some callback it replaced.
 */
import {describe, expect, it} from "vitest";
import type {CueHit} from "../../../src/pipeline/figures/category.ts";
import {anyHitFrom, hitsBefore, hitsFrom, hitsInside, ownVerbFirst} from "../../../src/pipeline/figures/hit-filters.ts";

const hit = (start: number, end: number): CueHit => ({category: "killed", cue: "killed", start, end, distance: 0});
const hits = [hit(0, 6), hit(10, 16), hit(20, 26)];

describe("hit filters", () => {
  it("match the filter callbacks they replace, in order, always as a new array", () => {
    for (const pos of [-1, 0, 10, 11, 20, 30]) {
      expect(hitsFrom(hits, pos)).toEqual(hits.filter((h) => h.start >= pos));
      expect(hitsBefore(hits, pos)).toEqual(hits.filter((h) => h.start < pos));
      expect(anyHitFrom(hits, pos)).toBe(hits.some((h) => h.start >= pos));
      for (const end of [5, 16, 26]) expect(hitsInside(hits, pos, end)).toEqual(hits.filter((h) => h.start >= pos && h.end <= end));
    }
    expect(hitsFrom(hits, 0)).not.toBe(hits);
  });

  it("ownVerbFirst puts the count's own verb first, then the hits ending by the count", () => {
    const own = hit(40, 45);
    expect(ownVerbFirst(own, hits, 16)).toEqual([own, hits[0], hits[1]]);
    expect(ownVerbFirst(own, [], 16)).toEqual([own]);
  });
});
