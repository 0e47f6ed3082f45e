import {describe, expect, it} from "vitest";
import {textId} from "../../../src/pipeline/ingest/text-id.ts";
import {hashId} from "../../../src/pipeline/util/hash.ts";

describe("textId", () => {
  it("hashes exactly as hashId", () => {
    for (const s of ["", "a", "Floods hit the valley.\n\nRescuers dug all night.", "Café “Wójcik” £5 — 12 dead", "😀 x\u0301", "x".repeat(10_000)]) {
      expect(textId(s).hash).toBe(hashId(s));
    }
  });

  it("counts tokens between spaces and line breaks that hold a letter or digit", () => {
    expect(textId("Floods hit — 12 dead").words).toBe(4);
    expect(textId("“Floods”  hit\n\n– the valley –").words).toBe(4);
    expect(textId("Ménaka, Kyiv’s 2.5 ½").words).toBe(4);
    expect(textId(" \n - … \n").words).toBe(0);
    expect(textId("Ελλάδα 北京 😀").words).toBe(2);
  });
});
