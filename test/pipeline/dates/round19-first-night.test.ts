/**
 * Round 19 class for stage 03: "on the first night" after a dated seizure or arrival is that day, also when the
 * seizure was told as background in a pluperfect ("had been kidnapped on March 9 … fled during the first night"),
 * and a day counted after it goes on from there. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

// 2025-05-21 is a Wednesday.
const PUB = "2025-05-21";

describe("'on the first night' is the day of the date before it", () => {
  it("after a seizure in the sentence before", () => {
    expect(dateOf(datesOf("Pirates seized the tanker on 4 May. Two sailors slipped away on the first night.", PUB), "the first night")).toBe("2025-05-04");
  });
  it("after a background pluperfect, with 'during', and the next morning after it", () => {
    const rows = datesOf("The engineers had been kidnapped on March 9 while surveying a road. One of them hid in a ditch during the first night. Villagers found him the next morning.", PUB);
    expect(dateOf(rows, "the first night")).toBe("2025-03-09");
    expect(dateOf(rows, "the next morning")).toBe("2025-03-10");
  });
  it("business: the night a hotel opened, with a comma after it", () => {
    expect(dateOf(datesOf("The hotel opened on May 2. On the first night, every room was taken.", PUB), "the first night")).toBe("2025-05-02");
  });
});

describe("negatives: no date read", () => {
  it("'the first night of' names its own event", () => {
    expect(dateOf(datesOf("The festival opened on Friday. Rain fell on the first night of the festival.", PUB), "the first night")).toBeUndefined();
  });
  it("sport: a clause of its own after it", () => {
    expect(dateOf(datesOf("The team arrived on Friday. On the first night they played, the stadium was half empty.", PUB), "the first night")).toBeUndefined();
  });
  it("'on the first day' of a period the sentence speaks of", () => {
    expect(dateOf(datesOf("Talks began on Monday. Negotiators would free ten captives on the first day if a truce held.", PUB), "the first day")).toBeUndefined();
  });
});
