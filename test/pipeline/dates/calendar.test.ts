import {describe, expect, it} from "vitest";
import {addDays, daysInMonth, weekdayOf} from "../../../src/pipeline/dates/calendar.ts";

/** The Date-based definitions calendar.ts replaced (Date.UTC semantics, years 0–99 read as 19xx). */
const viaDate = {
  daysInMonth: (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(),
  weekdayOf: (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay(),
  addDays: (y: number, m: number, d: number, n: number) => {
    const t = new Date(Date.UTC(y, m - 1, d + n));
    return {y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate()};
  }
};

describe("03 dates: calendar arithmetic without Date objects", () => {
  it.each<[string, number, number, number]>([
    ["leap February", 2024, 2, 29],
    ["century, not leap", 1900, 2, 28],
    ["400-year leap", 2000, 2, 29],
    ["December", 2023, 12, 31],
    ["year 4 read as 1904 (Date.UTC)", 4, 2, 29],
    ["year 0 read as 1900 (Date.UTC)", 0, 2, 28]
  ])("days in month: %s", (_label, y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  it.each<[string, [number, number, number], number, [number, number, number]]>([
    ["across a year end", [2024, 12, 30], 3, [2025, 1, 2]],
    ["back across a leap day", [2024, 3, 1], -1, [2024, 2, 29]],
    ["a week back from New Year", [2025, 1, 3], -7, [2024, 12, 27]]
  ])("add days: %s", (_label, [y, m, d], n, [ey, em, ed]) => {
    expect(addDays({y, m, d}, n)).toEqual({y: ey, m: em, d: ed});
  });

  it("a Monday is a Monday", () => {
    expect(weekdayOf(2024, 11, 18)).toBe(1);
    expect(weekdayOf(1970, 1, 1)).toBe(4);
  });

  it("same answers as Date.UTC over years -5…2600, months 0…13, days -35…66", () => {
    const problems: string[] = [];
    for (let y = -5; y <= 2600; y += y < 120 ? 1 : y < 1880 ? 37 : 1) {
      for (let m = 0; m <= 13; m++) {
        if (daysInMonth(y, m) !== viaDate.daysInMonth(y, m)) problems.push(`daysInMonth ${y}-${m}`);
        if (m < 1 || m > 12) continue;
        for (let d = -35; d <= 66; d += 7) {
          if (weekdayOf(y, m, d) !== viaDate.weekdayOf(y, m, d)) problems.push(`weekdayOf ${y}-${m}-${d}`);
          for (const n of [-400, -31, -1, 0, 1, 29, 366]) {
            const got = addDays({y, m, d}, n);
            const want = viaDate.addDays(y, m, d, n);
            if (got.y !== want.y || got.m !== want.m || got.d !== want.d) problems.push(`addDays ${y}-${m}-${d} ${n}`);
          }
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
