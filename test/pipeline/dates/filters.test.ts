import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {trimMatch} from "../../../src/pipeline/dates/filters.ts";
import {MONTHS} from "../../../src/pipeline/model/date-cues.ts";

/** trimMatch with every regex always tried (the reference for its character gates). */
function trimByRegexes(text: string, index: number, keepLead: boolean): {start: number; text: string} {
  let start = index;
  let t = text;
  if (!keepLead) {
    const lead = /^(?:[\s,(（[]+|(?:on|in|at|during|since|from|until|till|by|of)\s+)+/i.exec(t);
    if (lead && lead[0].length < t.length) {
      start += lead[0].length;
      t = t.slice(lead[0].length);
    }
  }
  const time = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*,?\s*/i.exec(t);
  if (time && time[0].length < t.length && /\d/.test(t.slice(time[0].length))) {
    start += time[0].length;
    t = t.slice(time[0].length);
  }
  t = t.replace(/,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i, "");
  t = t.replace(/[\s,;:)）\]]+$/, "");
  const fp = /(?:\d|\b[A-Za-z]+)\.$/.exec(t);
  if (fp && !(fp[0].slice(0, -1).toLowerCase() in MONTHS && fp[0].length <= 5)) t = t.slice(0, -1).replace(/[\s,;:)）\]]+$/, "");
  return {start, text: t};
}

describe("03 dates: trimMatch's character gates change nothing", () => {
  it.each(["on Monday,", "10:40 GMT 03.02.2025", "Oct. 7, 2023 at 10:40 am EST", "in Sept.", "on 7 October.", "the 15th )", "2023\u2009;"])("%s", (text) => {
    for (const keepLead of [false, true]) expect(trimMatch(text, 3, keepLead)).toEqual(trimByRegexes(text, 3, keepLead));
  });

  it("on random date-like texts", () => {
    const pieces = ["on ", "in ", "Monday", "Oct", "Sept", "7", "10", ":", "40", "2023", " ", "\u00a0", "\u2009", ",", ";", ")", "）", "]", ".", "am", "p.m.", "EST", "at ", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 10}), fc.boolean(), (parts, keepLead) => {
        const text = parts.join("");
        expect(trimMatch(text, 5, keepLead)).toEqual(trimByRegexes(text, 5, keepLead));
      }),
      {numRuns: 5000}
    );
  });
});
