/**
 * Stage 03, session 32: a bare weekday inside what someone was asked, told or ordered to do is that act's day, ahead of
 * publication; a month and day, and a weekday of the asking itself, keep their reading. Sentences invented for the
 * tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

// 2026-04-14 is a Tuesday.
const PUB = "2026-04-14";
const dateOf = (text: string, date: string) => datesOf(text, PUB).find((r) => r.text === date)?.date;

describe("a weekday inside a request's infinitive is ahead", () => {
  it.each<[string, string]>([
    ["asked the collector to report back to him on Friday", "The minister asked the district collector to report back to him on Friday on the licence."],
    ["told them to return on Thursday", "The judge told them to return on Thursday with their lawyers."],
    ["ordered Ana Ruiz to appear on Monday", "The court ordered Ana Ruiz to appear on Monday."],
    ["called on parliament to approve the budget on Thursday", "The president called on parliament to approve the emergency budget on Thursday."]
  ])("%s", (_label, text) => {
    const day = text.match(/on (\w+day)/)![1];
    const want = {Monday: "2026-04-20", Thursday: "2026-04-16", Friday: "2026-04-17"}[day];
    expect(dateOf(text, day)).toBe(want);
  });
});

describe("negatives", () => {
  it("the asking's own weekday, before the infinitive, stays past", () => {
    expect(dateOf("The minister asked the collector on Friday to report back.", "Friday")).toBe("2026-04-10");
  });
  it("a weekday after a past act, no request", () => {
    expect(dateOf("The collector reported back to the minister on Friday.", "Friday")).toBe("2026-04-10");
  });
  it("a month and day inside the infinitive keeps its year", () => {
    expect(datesOf("The minister asked the envoy to open a channel to the group on 21 January.", PUB).map((d) => d.date)).toEqual(["2026-01-21"]);
  });
});
