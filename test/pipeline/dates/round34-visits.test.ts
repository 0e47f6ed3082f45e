/**
 * Stage 03, round 34: a visit told in the present simple is a programme ("the deputy minister visits Minsk on Monday"
 * → the coming Monday), as a trip "arrives in" / "travels to" already was; only before its object (a capital or a
 * determiner), so the noun ("his visits to the front resumed on Monday") stays past, as "visited" does. Lines invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

// 2025-06-18 is a Wednesday.
const PUB = "2025-06-18";

describe("'visits <place> on <weekday>' is the coming weekday", () => {
  it("'Minister Kovacs visits Minsk on Monday.'", () => {
    expect(dateOf(datesOf("Minister Kovacs visits Minsk on Monday.", PUB), "Monday")).toBe("2025-06-23");
  });
  it("a subject with an aside ('The envoy, who brokered the swap, visits Ankara on Friday')", () => {
    expect(dateOf(datesOf("The envoy, who brokered the swap, visits Ankara on Friday.", PUB), "Friday")).toBe("2025-06-20");
  });
  it("'visits the flooded district on Tuesday'", () => {
    expect(dateOf(datesOf("The prime minister visits the flooded district on Tuesday, her office said.", PUB), "Tuesday")).toBe("2025-06-24");
  });
  it("negative: 'visited Minsk on Monday' is past", () => {
    expect(dateOf(datesOf("Minister Kovacs visited Minsk on Monday.", PUB), "Monday")).toBe("2025-06-16");
  });
  it("negative: the noun 'visits' ('His visits to the front resumed on Monday') is past", () => {
    expect(dateOf(datesOf("His visits to the front resumed on Monday.", PUB), "Monday")).toBe("2025-06-16");
  });
  it("negative: 'had visited … on Monday' is past", () => {
    expect(dateOf(datesOf("Minister Kovacs had visited the flooded district on Monday.", PUB), "Monday")).toBe("2025-06-16");
  });
});
