import {describe, expect, it} from "vitest";
import * as chrono from "chrono-node";
import {newsChrono, REFERENCE, selectBuiltIns} from "../../src/pipeline/dates/chrono-instance.ts";
import {CHRONO_PARSER_PROBES} from "../../src/pipeline/model/date-cues.ts";

const KEPT_PARSERS = [
  "ENYearMonthDayParser:numeric", "ISOFormatParser:numeric", "SlashDateFormatParser:numeric", "ENMonthNameLittleEndianParser:month",
  "ENMonthNameMiddleEndianParser:month", "ENWeekdayParser:weekday", "ENSlashMonthFormatParser:numeric", "ENYearMonthNameParser:month",
  "ENMonthNameParser:month"
];
const KEPT_REFINERS = [
  "OverlapRemovalRefiner", "OverlapRemovalRefiner", "ExtractTimezoneOffsetRefiner", "MergeWeekdayComponentRefiner", "ENMergeDateTimeRefiner",
  "ExtractTimezoneAbbrRefiner", "OverlapRemovalRefiner", "ForwardDateRefiner", "ENMergeDateTimeRefiner", "ENExtractYearSuffixRefiner"
];

/** The same objects without their class names, as a minifier would leave them. */
function anonymous<T extends object>(items: T[]): T[] {
  return items.map((item) => {
    const proto = Object.getPrototypeOf(item) as object;
    const copy = Object.create(Object.assign(Object.create(Object.getPrototypeOf(proto) as object), Object.fromEntries(
      Object.getOwnPropertyNames(proto).filter((k) => k !== "constructor").map((k) => [k, (proto as Record<string, unknown>)[k]])
    )) as object);
    Object.assign(copy, item);
    return copy as T;
  });
}

describe("03 dates: chrono's built-ins are picked by behaviour, not class name", () => {
  it.each([false, true])("dayFirst %s: the parsers and refiners stage 03 relies on", (dayFirst) => {
    const s = selectBuiltIns(chrono.en.configuration.createCasualConfiguration(dayFirst));
    expect(s.parsers.map((p) => `${p.parser.constructor.name}:${p.need}`)).toEqual(KEPT_PARSERS);
    expect(s.refiners.map((r) => r.constructor.name)).toEqual(KEPT_REFINERS);
  });

  it.each([false, true])("dayFirst %s: the same parsers as probing every phrase alone (no shortcut)", (dayFirst) => {
    const config = chrono.en.configuration.createCasualConfiguration(dayFirst);
    const matches = (parser: chrono.Parser, texts: string[]) => texts.some((t) => new chrono.Chrono({parsers: [parser], refiners: []}).parse(t, REFERENCE).length > 0);
    const plain = config.parsers.flatMap((parser) => {
      if (matches(parser, CHRONO_PARSER_PROBES.drop)) return [];
      const need = (["numeric", "month", "weekday"] as const).find((n) => matches(parser, CHRONO_PARSER_PROBES[n]));
      return need ? [`${config.parsers.indexOf(parser)}:${need}`] : [];
    });
    expect(selectBuiltIns(config).parsers.map((p) => `${config.parsers.indexOf(p.parser)}:${p.need}`)).toEqual(plain);
  });

  it("the same choice when class names are gone (minified bundle)", () => {
    const config = chrono.en.configuration.createCasualConfiguration(false);
    const named = selectBuiltIns(config);
    const anon = {parsers: anonymous(config.parsers), refiners: anonymous(config.refiners)};
    expect(anon.parsers.every((p) => p.constructor.name !== "ENWeekdayParser")).toBe(true);
    const s = selectBuiltIns(anon);
    expect(s.parsers.map((p) => anon.parsers.indexOf(p.parser))).toEqual(named.parsers.map((p) => config.parsers.indexOf(p.parser)));
    expect(s.parsers.map((p) => p.need)).toEqual(named.parsers.map((p) => p.need));
    expect(s.refiners.map((r) => anon.refiners.indexOf(r))).toEqual(named.refiners.map((r) => config.refiners.indexOf(r)));
  });

  it.each<[string, string, string[]]>([
    ["a time is not a date", "The vote closed at 10:40 on Monday.", ["on Monday"]],
    ["'now' is not a date", "The river is now receding after rains in October.", ["October"]],
    ["a range stays two dates", "Schools shut from Monday to Wednesday.", ["Monday", "Wednesday"]]
  ])("%s", (_label, text, expected) => {
    expect(newsChrono(false).parse(text, REFERENCE).map((r) => r.text.trim())).toEqual(expected);
  });
});
