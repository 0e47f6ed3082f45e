import {describe, expect, it} from "vitest";
import {sortShort} from "../../../src/pipeline/actors/merge.ts";

describe("sortShort: sort() of distinct strings, by insertion when short", () => {
  it.each([
    ["empty", []],
    ["one name", ["Kremlin"]],
    ["two names", ["The Kremlin", "Kremlin"]],
    ["case and accents by code unit, as sort() does", ["émile", "Zoe", "zoe", "Émile", "Ana", "ana"]],
    ["seventeen names (sort() itself)", Array.from({length: 17}, (_, i) => `Name ${(i * 7) % 17}`)]
  ])("%s", (_label, list) => {
    const want = [...list].sort();
    expect(sortShort([...list])).toEqual(want);
  });
});
