/**
 * Round 12 class for stage 03: a scheduled end told in the present simple ("the school term ends in early May",
 * "the mandate lapses in June") points ahead of publication, like "expires" and "begins" already did, instead of the
 * past bias. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

describe("a present-tense end of a period resolves forward of publication", () => {
  it("the school term ends in early May → this May", () => {
    expect(datesOf("The school term ends in early May, the ministry said.", "2025-04-10")).toMatchObject([
      {text: "early May", date: "2025-05", precision: "month"}
    ]);
  });
  it("a main clause: the current round of talks ends in late June → this year's June", () => {
    expect(datesOf("The current round of talks in Mombasa ends in late June.", "2025-04-10")).toMatchObject([
      {text: "late June", date: "2025-06", precision: "month"}
    ]);
  });
  it("the mission's mandate lapses on a day → that day after publication", () => {
    expect(datesOf("The mandate of the monitoring mission lapses on 3 May.", "2025-04-10")).toMatchObject([
      {text: "3 May", date: "2025-05-03", precision: "day"}
    ]);
  });
  it("the amnesty offer runs out on a day → that day after publication", () => {
    expect(datesOf("The amnesty offer for the fighters runs out on 2 May.", "2025-04-10")).toMatchObject([
      {text: "2 May", date: "2025-05-02", precision: "day"}
    ]);
  });
  it("negative: a past end keeps the past bias (ended in May → last May)", () => {
    expect(datesOf("The previous truce ended in May.", "2025-04-10")).toMatchObject([{text: "May", date: "2024-05", precision: "month"}]);
  });
  it("negative: a past verb after the cue is the date's verb (ends … as it did on a day)", () => {
    expect(datesOf("The union says the strike ends when wages are paid, as it did on 3 February.", "2025-04-10")).toMatchObject([
      {text: "3 February", date: "2025-02-03", precision: "day"}
    ]);
  });
});
