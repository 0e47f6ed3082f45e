/**
 * hit-filters: plain-loop position filters of cue hits, each the same as the filter/some callback it replaced.
 */
import {describe, expect, it} from "vitest";
import type {CueHit} from "../../../src/pipeline/figures/category.ts";
import {anyHitFrom, anyHitOf, anyHitOfAfter, anyHitOfBefore, anyHitOfFrom, hitsBefore, hitsFrom, hitsInside, ownReleaseOverLabel, ownVerbFirst} from "../../../src/pipeline/figures/hit-filters.ts";

const hit = (start: number, end: number, category: CueHit["category"] = "killed"): CueHit => ({category, cue: category, start, end, distance: 0});
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

  it("ownReleaseOverLabel is ownVerbFirst without the seizure or holding cues inside the count's phrase (its past)", () => {
    // "Three abducted pupils, all girls, were freed": "abducted" (8–16) lies in the phrase [0, 22].
    const own = hit(40, 45, "hostages_released");
    const label = hit(8, 16, "abducted");
    const held = hit(10, 14, "hostages_held");
    const before = hit(0, 4, "abducted");
    const killed = hit(17, 22, "killed");
    const after = hit(30, 36, "abducted");
    expect(ownReleaseOverLabel(own, [label, held, killed, after], 0, 22)).toEqual([own, killed]);
    // A seizure cue before the phrase is not the label: it stays, as in ownVerbFirst.
    expect(ownReleaseOverLabel(own, [before, label], 5, 22)).toEqual([own, before]);
    expect(ownReleaseOverLabel(own, [], 0, 22)).toEqual([own]);
  });

  it("the category tests match the some callbacks they replace (start strictly after, from, end by)", () => {
    const mixed = [hit(0, 6), hit(10, 16, "hostages_released"), hit(20, 26, "abducted"), hit(30, 36, "hostages_released")];
    for (const category of ["killed", "hostages_released", "abducted", "wounded"] as const) {
      expect(anyHitOf(mixed, category)).toBe(mixed.some((h) => h.category === category));
      for (const pos of [-1, 0, 10, 16, 29, 30, 36, 40]) {
        expect(anyHitOfAfter(mixed, category, pos)).toBe(mixed.some((h) => h.category === category && h.start > pos));
        expect(anyHitOfFrom(mixed, category, pos)).toBe(mixed.some((h) => h.category === category && h.start >= pos));
        expect(anyHitOfBefore(mixed, category, pos)).toBe(mixed.some((h) => h.category === category && h.end <= pos));
      }
    }
    // A release starting exactly at the position is "from" it, not "after" it.
    expect(anyHitOfAfter(mixed, "hostages_released", 30)).toBe(false);
    expect(anyHitOfFrom(mixed, "hostages_released", 30)).toBe(true);
  });
});
