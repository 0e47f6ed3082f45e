import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {NEED_BITS, needMask} from "../../../src/pipeline/dates/chrono-instance.ts";

/** One regex per need, each always tried (the reference for needMask's digit gate and merged word scan). */
const PLAIN: Array<[number, RegExp]> = [
  [NEED_BITS.numeric, /\d[./-]\d/],
  [NEED_BITS.month, /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/],
  [NEED_BITS.weekday, /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Ww]eekend)\b/],
  [NEED_BITS.casual, /\b(?:yesterday|today|tonight|tomorrow|night|morning|afternoon|evening)\b/i],
  // (Session 30: "afternoon" is a unit too, for "the same afternoon", "the next afternoon".)
  [NEED_BITS.unit, /\b(?:days?|weeks?|months?|years?|morning|afternoon|evening|night)\b/i],
  [NEED_BITS.year, /\d{4}/],
  [NEED_BITS.dayOfMonth, /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i]
];

function plainMask(text: string): number {
  let mask = 0;
  for (const [bit, re] of PLAIN) if (re.test(text)) mask |= bit;
  return mask;
}

describe("03 dates: needMask sets the bits of the plain need regexes", () => {
  it.each(["on Monday", "three days ago", "last night", "this morning, two weeks later", "the 15th", "03.02.2025", "in 2023", "TODAY", "Nights", ""])("%s", (text) => {
    expect(needMask(text)).toBe(plainMask(text));
  });

  it("on random text", () => {
    const pieces = [
      "Monday", "Jan", "today", "Tonight", "night", "Morning", "evening", "afternoon", "day", "DAYS", "week", "years", "the", "15th", "3rd", "2023",
      "1.5", "7", ":", " ", "-", "\u00a0", "x", "é", ",", "January", "Mayday", "Dec", "weekend", "Weekend", "WEEKEND", "Sundays", "YESTERDAY", "Month",
      "_", "s", "ly"
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 14}), fc.constantFrom("", " "), (parts, glue) => {
        const text = parts.join(glue);
        expect(needMask(text)).toBe(plainMask(text));
      }),
      {numRuns: 10000}
    );
  });
});
