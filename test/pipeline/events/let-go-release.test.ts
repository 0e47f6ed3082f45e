/**
 * Stage 06: "let … go" near a captivity word is a release ("the nurses whom the gang let go on Tuesday"); a firm
 * letting workers go is none. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const has = (rows: string[], prefix: string) => rows.some((r) => r.startsWith(prefix));

describe("'let … go' releases", () => {
  it("a relative 'whom the gang let go on Tuesday'", () => {
    expect(has(sentenceEvents("The two hostages whom the gang let go on Tuesday are back home.", ["Tuesday=2025-10-07"]), "release:")).toBe(true);
  });
  it("'let the hostages go'", () => {
    expect(has(sentenceEvents("The rebels let the four hostages go on Friday.", ["Friday=2025-10-10"]), "release:")).toBe(true);
  });
  it("the freedom they owe is the captivity word", () => {
    expect(has(sentenceEvents("The three nurses whom the militia let go on Monday owe their freedom to a village priest.", ["Monday=2025-10-06"]), "release:")).toBe(true);
  });
  it("negative: a firm letting workers go", () => {
    expect(has(sentenceEvents("The firm let 200 workers go on Tuesday.", ["Tuesday=2025-10-07"]), "release:")).toBe(false);
  });
  it("negative: a bank letting staff go near 'released'", () => {
    // (The "released" of the results is an older trigger's; the "let … go" gives no release of its own.)
    expect(has(sentenceEvents("The bank let 300 staff go on Monday, a day after it released its results.", ["Monday=2025-10-06"]), "release:let")).toBe(false);
  });
  it("negative: 'let go of' an issue", () => {
    expect(has(sentenceEvents("She refused to let go of the hostage issue on Monday.", ["Monday=2025-10-13"]), "release:")).toBe(false);
  });
});
