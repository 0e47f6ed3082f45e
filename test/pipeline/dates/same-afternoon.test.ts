/**
 * Stage 03 (session 30): "the same afternoon", "the next afternoon" count from the date before them, as "the same
 * morning" does. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

// 2025-03-12 is a Wednesday.
const PUB = "2025-03-12";

describe("afternoons anchored on the date before", () => {
  it("'the same afternoon' after 'on Sunday' (ahead)", () => {
    const rows = datesOf("The minister will fly to Tarsk on Sunday and is due to meet the governor the same afternoon.", PUB);
    expect(rows.find((r) => r.text.includes("the same afternoon"))?.date).toBe("2025-03-16");
  });
  it("'the next afternoon' after 'on Monday'", () => {
    const rows = datesOf("The crew was seized on Monday. The owners were told the next afternoon.", PUB);
    expect(rows.find((r) => r.text.includes("the next afternoon"))?.date).toBe("2025-03-11");
  });
});
