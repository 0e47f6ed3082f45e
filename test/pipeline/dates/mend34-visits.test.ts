/**
 * Mend 34 (review of round 34, stage 03): "visits" points ahead only as a programme's verb, not as a noun before a
 * relative's subject nor in a habit. Lines invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

// 2025-06-18 is a Wednesday.
const PUB = "2025-06-18";

describe("Mend 34 F6: 'visits' that is no programme stays past", () => {
  it("the noun: 'The number of visits the museum recorded on Monday doubled.'", () => {
    expect(dateOf(datesOf("The number of visits the museum recorded on Monday doubled.", PUB), "Monday")).toBe("2025-06-16");
  });
  it("a habit: 'Every week he visits the clinic on Monday.'", () => {
    expect(dateOf(datesOf("Every week he visits the clinic on Monday.", PUB), "Monday")).toBe("2025-06-16");
  });
  it("still: 'Kovacs visits Minsk on Monday, a day after the vote.' is the coming Monday", () => {
    expect(dateOf(datesOf("Kovacs visits Minsk on Monday, a day after the vote.", PUB), "Monday")).toBe("2025-06-23");
  });
});
