/**
 * Session 29, stage 03: "before" after a verb of appearing is a preposition ("will appear before a judge on
 * Thursday"), so the future cue before it reaches the date; a subordinate "before" still ends the clause.
 * Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

// 2025-03-12 is a Wednesday.
const PUB = "2025-03-12";
const dateOf = (text: string, date: string) => datesOf(text, PUB).find((r) => r.text === date)?.date;

describe("'before' as the preposition of an appearance", () => {
  const future: [string, string, string, string][] = [
    ["is due to appear before a magistrate", "The driver is due to appear before a district magistrate in Nakuru on Friday.", "Friday", "2025-03-14"],
    ["will testify before a committee", "The port director will testify before the senate transport committee on Tuesday.", "Tuesday", "2025-03-18"],
    ["will be brought before a judge", "The two suspects will be brought before a judge in Cluj on Monday.", "Monday", "2025-03-17"],
    ["is set to go before the council", "The rescue plan is set to go before the city council on Thursday.", "Thursday", "2025-03-13"]
  ];
  for (const [label, text, date, want] of future) it(`${label} → the next ${date}`, () => expect(dateOf(text, date)).toBe(want));

  it("negative: an appearance told in the past stays past", () => {
    expect(dateOf("The driver appeared before a district magistrate in Nakuru on Friday.", "Friday")).toBe("2025-03-07");
  });
  it("negative: a subordinate 'before' after another verb still ends the future clause", () => {
    expect(dateOf("The union will strike again before the mine reopened on Friday.", "Friday")).toBe("2025-03-07");
  });
  it("negative (review 29 F7): a relative clause after the preposition's object keeps its past date", () => {
    expect(dateOf("The ambassador will appear before lawmakers who summoned him on Tuesday.", "Tuesday")).toBe("2025-03-11");
    expect(dateOf("The accused will be brought before the court that convicted his brother on Monday.", "Monday")).toBe("2025-03-10");
  });
  it("negative: a past verb after the appearance makes it past", () => {
    expect(dateOf("The witnesses who will appear before the inquiry spoke to reporters on Friday.", "Friday")).toBe("2025-03-07");
  });
});
