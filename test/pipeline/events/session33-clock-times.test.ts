/**
 * Session 33, stage 06: a clock time before a date ("at about 9:20 am on Tuesday") is no clause boundary (the ":" of
 * "9:20" written without spaces ends no clause) and no distance for the fallback's reach, so the dated clause's verb
 * still takes the date. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("a clock time before the date", () => {
  it("'folded in on itself at about 9:20 am on Tuesday' dates the collapse", () => {
    expect(sentenceEvents("The old market hall folded in on itself at about 9:20 am on Tuesday.", ["Tuesday=2025-07-15"])).toEqual(["other:folded=2025-07-15"]);
  });
  it("a 24-hour clock: 'gave way at 14:05 on Friday'", () => {
    expect(sentenceEvents("The dam wall gave way near the village of Orle at 14:05 on Friday.", ["Friday=2025-07-18"])).toEqual(["other:gave=2025-07-18"]);
  });
  it("negative: a colon with spaces still ends the clause ('was blunt : on Monday …')", () => {
    expect(sentenceEvents("The minister was blunt : on Monday nothing happened.", ["Monday=2025-07-14"])).toEqual(["other:happened=2025-07-14"]);
  });
});
