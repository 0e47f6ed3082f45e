/**
 * Session 29, stage 06 (sentences invented for the tests): more disasters named by their day's possessive
 * ("after Saturday's breach of the levee", "Tuesday's derailment") are dated events.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const has = (rows: string[], prefix: string) => rows.some((r) => r.startsWith(prefix));

describe("session 29: disasters named by their day's possessive", () => {
  it("'after Saturday's breach of the levee' → an event on Saturday", () => {
    expect(sentenceEvents("The river kept rising after Saturday's breach of the levee near Odra.", ["Saturday=2025-10-11"])).toContain("other:breach=2025-10-11");
  });
  it("'Tuesday's derailment' → an event on Tuesday", () => {
    expect(sentenceEvents("Tuesday's derailment closed the line for a week.", ["Tuesday=2025-10-07"])).toContain("other:derailment=2025-10-07");
  });
  it("'Friday's capsizing' → an event on Friday", () => {
    expect(sentenceEvents("Survivors of Friday's capsizing were taken to Mwanza.", ["Friday=2025-10-10"])).toContain("other:capsizing=2025-10-10");
  });
  it("negative: 'Monday's storm warning' is no storm", () => {
    expect(has(sentenceEvents("Monday's storm warning covers the whole coast.", ["Monday=2025-10-13"]), "other:storm")).toBe(false);
  });
  it("negative: 'the town's collapse' has no day", () => {
    expect(has(sentenceEvents("The town's collapse into poverty took a decade.", []), "other:collapse")).toBe(false);
  });
});
