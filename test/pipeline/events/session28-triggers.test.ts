/**
 * Session 28, stage 06 (sentences invented for the tests): a disaster named by its day's possessive ("Sunday's
 * blaze"), trips told as "flew into", "landed in", "arrived at" a named place and a return to come ("to return to Accra")
 * are dated events; the name after "flew into / landed in / be back in / return to" must be capitalised (review 28 F1–F3:
 * "flew into a rage", "landed in trouble", "back in a few weeks", "return to pre-war levels").
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const has = (rows: string[], prefix: string) => rows.some((r) => r.startsWith(prefix));

describe("session 28 triggers", () => {
  it("'Sunday's blaze was the deadliest …' → an event on Sunday", () => {
    expect(sentenceEvents("Sunday's blaze was the deadliest in the port's history.", ["Sunday=2025-10-12"])).toContain("other:blaze=2025-10-12");
  });
  it("negative: 'Monday's flood warning' is no flood", () => {
    expect(has(sentenceEvents("Monday's flood warning covers the whole delta.", ["Monday=2025-10-13"]), "other:flood")).toBe(false);
  });
  it("'flew into Lusaka on Monday' → a visit", () => {
    expect(sentenceEvents("The envoy flew into Lusaka on Monday.", ["Monday=2025-10-13"])).toContain("visit:flew into=2025-10-13");
  });
  it("'arrived at the border post on Friday' → a visit; negative: 'arrived at a compromise' is none", () => {
    expect(sentenceEvents("The convoy's escort arrived at Kasumbalesa on Friday.", ["Friday=2025-10-10"])).toContain("visit:arrived at=2025-10-10");
    expect(has(sentenceEvents("The negotiators arrived at a compromise on Friday.", ["Friday=2025-10-10"]), "visit:")).toBe(false);
  });
  it("'is expected to return to Accra in May' → a visit; negative: 'to return to work' is none", () => {
    expect(sentenceEvents("The mediator is expected to return to Accra in May.", ["May=2026-05"])).toContain("visit:return to=2026-05");
    expect(has(sentenceEvents("The miners are expected to return to work in May.", ["May=2026-05"]), "visit:")).toBe(false);
  });
});

describe("session 28: a call named by its day's possessive", () => {
  it("'a readout of Thursday's call between the two presidents' → a meeting on Thursday", () => {
    expect(sentenceEvents("According to a readout of Thursday's call between the two presidents, both sides want calm.", ["Thursday=2025-10-09"])).toContain("meeting:call=2025-10-09");
  });
  it("negative: 'Thursday's call for calm' is an appeal, no meeting", () => {
    expect(has(sentenceEvents("Thursday's call for calm went unheeded.", ["Thursday=2025-10-09"]), "meeting:")).toBe(false);
  });
});

describe("review 28 F1–F4: idioms are no trips, a call to prayer no meeting", () => {
  it.each<[string, string[]]>([
    ["The prime minister flew into a rage on Monday when reporters asked.", ["Monday=2025-10-13"]],
    ["The club landed in trouble on Sunday after the match.", ["Sunday=2025-10-12"]],
    ["The coach will be back in a few weeks, the club said on Friday.", ["Friday=2025-10-17"]],
    ["Output is expected to return to pre-war levels in May.", ["May=2026-05"]]
  ])("%s → no visit", (sentence, dates) => {
    expect(has(sentenceEvents(sentence, dates), "visit:")).toBe(false);
  });
  it("'Monday's call to prayer' → no meeting", () => {
    expect(has(sentenceEvents("Monday's call to prayer was cancelled.", ["Monday=2025-10-13"]), "meeting:")).toBe(false);
  });
});

describe("session 28: trips to come, and escapes", () => {
  it("'will be back in Accra on Friday' → a visit; negative: 'will be back in charge'", () => {
    expect(sentenceEvents("The mediator will be back in Accra on Friday.", ["Friday=2025-10-17"])).toContain("visit:be back in=2025-10-17");
    expect(has(sentenceEvents("The coach will be back in charge on Friday.", ["Friday=2025-10-17"]), "visit:")).toBe(false);
  });
  it("'40 detainees, several of them former soldiers, escaped through a hole in the fence' (a date before an aside) → an event", () => {
    expect(sentenceEvents("The camp's record is poor: in March 2021, 40 detainees, several of them former soldiers, escaped through a hole in the fence.", ["March 2021=2021-03"])).toContain("other:escaped=2021-03");
  });
});
