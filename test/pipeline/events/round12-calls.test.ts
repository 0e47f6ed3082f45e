/**
 * Round 12 class for stage 06: a call is a meeting event ("discussed the strike with the minister by phone on 3 May",
 * "telephoned the governor on Friday"), so its date is no longer left without an event; a bare "discussed" is none. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("calls and discussions are meetings", () => {
  it("spoke by phone on a day → meeting", () => {
    expect(sentenceEvents("The labour minister and the union leader spoke by phone on 3 May about the strike.", ["on 3 May=2025-05-03"]))
      .toEqual(["meeting:by phone=2025-05-03"]);
  });
  it("telephoned someone on a day → meeting", () => {
    expect(sentenceEvents("On Friday the mayor telephoned the governor of Kasai about the flood relief.", ["On Friday=2025-10-10"]))
      .toEqual(["meeting:telephoned=2025-10-10"]);
  });
  it("negative: a bare discussion restating a meeting makes no second event", () => {
    expect(sentenceEvents("The envoys met in Mombasa on Monday, where they discussed the border dispute.", ["on Monday=2025-10-13"]))
      .toEqual(["meeting:met=2025-10-13"]);
  });
  it("negative: a phone number or a phone bill is no call", () => {
    expect(sentenceEvents("The hotline's phone number changed on Monday.", ["on Monday=2025-10-13"]).filter((e) => e.startsWith("meeting"))).toEqual([]);
  });
});

describe("a call told without a verb of its own", () => {
  it("spoke … by telephone on a day → meeting (the call, not a statement)", () => {
    expect(sentenceEvents("The envoy spoke with the rebel commander by telephone on Sunday.", ["on Sunday=2025-10-12"]))
      .toEqual(["meeting:by telephone=2025-10-12"]);
  });
});
