import {describe, expect, it} from "vitest";
import {monthDayKey} from "../../../src/pipeline/dates/resolve.ts";

describe("03 dates: monthDayKey", () => {
  it("gives each month-day its own key", () => {
    const keys = new Set<number>();
    for (let m = 1; m <= 12; m++) for (let d = 1; d <= 99; d++) keys.add(monthDayKey(m, d));
    expect(keys.size).toBe(12 * 99);
    expect(monthDayKey(10, 7)).toBe(1007);
  });
});
