/**
 * Round 19 class for stage 03: a year-less month-day in a story that counts more than a year of days up to its
 * news ("freed after 540 days") takes the year the count reaches back to, when that month-day is where the count
 * began (dates/day-count-years.ts). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

// 2025-06-20 is a Friday.
const PUB = "2025-06-20";

describe("a long count of days points to the year of the day it began", () => {
  it("count before the date, in another sentence → the seizure two years back", () => {
    const rows = datesOf("The aid worker was released on Wednesday after 540 days in captivity. Gunmen had seized her at a checkpoint on December 26.", PUB);
    expect(dateOf(rows, "December 26")).toBe("2023-12-26");
  });
  it("a count with a thousands comma, in a headline", () => {
    const rows = datesOf("Pilot home after 1,000 days\n\nThe pilot was flown home on Tuesday. Militiamen captured him near the border on September 21.", PUB);
    expect(dateOf(rows, "September 21")).toBe("2022-09-21");
  });
  it("count after the date, in an appositive → last year, not this year", () => {
    const rows = datesOf("The engineer, abducted on May 16, was freed this week. He spent 400 days held in a cellar.", PUB);
    expect(dateOf(rows, "May 16")).toBe("2024-05-16");
  });
});

describe("negatives: the latest month-day stays", () => {
  it("a day of the story itself, days before publication", () => {
    expect(dateOf(datesOf("The ceasefire took effect on June 15 after 366 days of fighting.", PUB), "June 15")).toBe("2025-06-15");
  });
  it("weather: a count that ended long before publication", () => {
    const rows = datesOf("The region's last drought lasted 420 days and ended in 2019. Rain returned to the valley on April 2.", PUB);
    expect(dateOf(rows, "April 2")).toBe("2025-04-02");
  });
  it("sport: a count that does not begin on the month-day", () => {
    const rows = datesOf("The striker last scored on November 5 and the club has now gone 400 days without an away win.", PUB);
    expect(dateOf(rows, "November 5")).toBe("2024-11-05");
  });
  it("a year the article states for the same month-day wins", () => {
    const rows = datesOf("She was seized on December 26, 2022, and freed on Wednesday after 540 days. Her family marks the December 26 raid every year.", PUB);
    expect(dateOf(rows, "December 26")).toBe("2022-12-26");
  });
});
