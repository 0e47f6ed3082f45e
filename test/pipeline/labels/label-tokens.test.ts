import {describe, expect, it} from "vitest";
import {HEADS, isHead} from "../../../src/pipeline/labels/label-tokens.ts";

describe("isHead (one lookup in the heads and their plurals)", () => {
  it("reads a head and its plural in s", () => {
    expect(isHead("organisation")).toBe(true);
    expect(isHead("organisations")).toBe(true);
    expect(isHead("group")).toBe(true);
    expect(isHead("groups")).toBe(true);
  });

  it("answers as HEADS.has(key) || (key ends in s && HEADS.has(stem)) for every head, plural and near miss", () => {
    const old = (key: string): boolean => HEADS.has(key) || (key.endsWith("s") && HEADS.has(key.slice(0, -1)));
    const probes = [...HEADS].flatMap((h) => [h, h + "s", h + "ss", h.slice(0, -1), h + "es", h.toUpperCase(), "s" + h]);
    for (const key of [...probes, "", "s", "ss", "villages", "the"]) expect(isHead(key), key).toBe(old(key));
  });
});
