/**
 * Session 28, stage 06 (sentences invented for the tests): a disaster named by its day's possessive ("Sunday's
 * blaze"), trips told as "flew into", "landed in", "arrived at" a place and a return to come ("to return to Accra"),
 * and a release told as "let B go / walk / leave" near a word of captivity are dated events.
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
  it("'the gang let the three nurses go on Friday' (captivity near) → a release", () => {
    expect(sentenceEvents("After 40 days in captivity, the gang let the three nurses go on Friday.", ["Friday=2025-10-10"])).toContain("release:let the three nurses go=2025-10-10");
  });
  it("negative: 'let prices go up' is no release", () => {
    expect(has(sentenceEvents("The hostage crisis aside, the government let prices go up on Friday.", ["Friday=2025-10-10"]), "release:")).toBe(false);
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

describe("session 28: trips to come, and escapes", () => {
  it("'will be back in Accra on Friday' → a visit; negative: 'will be back in charge'", () => {
    expect(sentenceEvents("The mediator will be back in Accra on Friday.", ["Friday=2025-10-17"])).toContain("visit:be back in=2025-10-17");
    expect(has(sentenceEvents("The coach will be back in charge on Friday.", ["Friday=2025-10-17"]), "visit:")).toBe(false);
  });
  it("'40 inmates, most of them gang members, escaped through a tunnel' (a date before an aside) → an event", () => {
    expect(sentenceEvents("The jail has had trouble before: in March 2021, 40 inmates, most of them gang members, escaped through a tunnel.", ["March 2021=2021-03"])).toContain("other:escaped=2021-03");
  });
});
