/**
 * Stage 06, session 31: a vessel or vehicle that overturned is a disaster ("other"); a court that overturned, quashed
 * or upheld a judgment made a ruling; "the appeals court" is no appeal (model event-triggers.ts). Sentences invented
 * for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("overturned", () => {
  it("a boat overturned in heavy swell", () => {
    expect(sentenceEvents("A fishing boat overturned in heavy swell off the cape late on Sunday.", ["Sunday=2025-10-19"])).toContain("other:overturned=2025-10-19");
  });
  it("a bus caught fire", () => {
    expect(sentenceEvents("The bus caught fire near the border on Friday.", ["Friday=2025-10-17"])).toContain("other:caught fire=2025-10-17");
  });
  it("a court overturned a conviction: a ruling", () => {
    expect(sentenceEvents("The appeals court overturned the conviction on Monday.", ["Monday=2025-10-20"])).toEqual(["ruling:overturned the conviction=2025-10-20"]);
  });
  it("quashed his sentence", () => {
    expect(sentenceEvents("On Tuesday the supreme court quashed his sentence.", ["Tuesday=2025-10-21"])).toEqual(["ruling:quashed his sentence=2025-10-21"]);
  });
  it("negative: a mother's appeal is still a call", () => {
    expect(sentenceEvents("The hostage's mother appeals to the president on Monday.", ["Monday=2025-10-20"])).toContain("call:appeals=2025-10-20");
  });
});

describe("overturned, guarded", () => {
  it("a bus overturned near the border", () => {
    expect(sentenceEvents("The bus overturned near the border on Friday.", ["Friday=2025-10-17"])).toContain("other:overturned=2025-10-17");
  });
  it("an undated capsizing is still an event", () => {
    expect(sentenceEvents("A fishing boat overturned in heavy swell off the cape.", [])).toEqual(["other:overturned=null"]);
  });
  it("negative: a law overturned is no disaster (undated, so no fallback event either)", () => {
    expect(sentenceEvents("Parliament overturned the law.", [])).toEqual([]);
  });
});
