/**
 * Round 19 class for the dates of events (stage 06's fallback for dates no trigger claimed): irregular past verbs of
 * a freed person's first days ("woke", "awoke", "slept") carry the date of their clause, as the regular
 * "-ed" verbs do ("the nurses woke at dawn on Monday"). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "../events/helpers.ts";

const events = (s: string, d: string): string[] => sentenceEvents(s, [d]);

describe("an irregular past verb takes its clause's date", () => {
  it("'On <weekday> morning ... woke'", () => {
    expect(events("On Tuesday morning the nurses woke to the voices of their children.", "On Tuesday morning=2025-10-14")).toEqual(["other:woke=2025-10-14"]);
  });
  it("'awoke ... on <weekday> night'", () => {
    expect(events("The pilot awoke in a military hospital on Sunday night.", "on Sunday night=2025-10-12")).toEqual(["other:awoke=2025-10-12"]);
  });
  it("'slept at ... on <weekday>'", () => {
    expect(events("The fishermen slept at the harbour on Friday.", "on Friday=2025-10-17")).toEqual(["other:slept=2025-10-17"]);
  });
});

describe("negatives: another verb is the dated one", () => {
  it("the reporting verb next to the date wins over 'slept' in another clause", () => {
    expect(events("The hikers slept in a hut, the agency said on Friday.", "on Friday=2025-10-17")).toEqual(["statement:said=2025-10-17"]);
  });
  it("business: the verb next to the date, not 'ate' further back", () => {
    expect(events("The staff ate in the canteen while the board approved the merger on Monday.", "on Monday=2025-10-13")).toEqual(["other:approved=2025-10-13"]);
  });
});
