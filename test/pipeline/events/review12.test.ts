/**
 * Round 12 review findings for stage 06, pasted as the reviewer wrote them: "by phone" is a meeting only when
 * people talk ("spoke … by phone"), not a threat, a demand or a report made by phone.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const meetings = (events: string[]) => events.filter((e) => e.startsWith("meeting"));

describe("review 12, item 14: 'by phone' without talk is no meeting", () => {
  it("threatened by phone → no meeting", () => {
    expect(meetings(sentenceEvents("Karl Dahl said he was threatened by phone on 3 May by men who claimed to hold his son.", ["on 3 May=2025-05-03"]))).toEqual([]);
  });
  it("a ransom demanded by phone → no extra meeting", () => {
    expect(meetings(sentenceEvents("The kidnappers demanded a ransom of $50,000 by phone on Tuesday.", ["on Tuesday=2025-10-14"]))).toEqual([]);
  });
  it("sightings reported by phone → no meeting", () => {
    expect(meetings(sentenceEvents("Residents can report sightings of the missing pupils by phone, police said on Monday.", ["on Monday=2025-10-13"]))).toEqual([]);
  });
  it("kept: two people who spoke by phone met", () => {
    expect(sentenceEvents("The labour minister and the union leader spoke by phone on 3 May about the strike.", ["on 3 May=2025-05-03"]))
      .toEqual(["meeting:by phone=2025-05-03"]);
  });
});

describe("review 12, item 14: a call between two parties with a purpose is still a call", () => {
  it("congratulated someone by phone → meeting", () => {
    expect(meetings(sentenceEvents("The premier congratulated the new mayor of Velm by telephone on Friday.", ["on Friday=2025-10-10"])))
      .toEqual(["meeting:by telephone=2025-10-10"]);
  });
  it("had spoken by phone → meeting", () => {
    expect(meetings(sentenceEvents("The two ministers had spoken by phone on Friday about the port.", ["on Friday=2025-10-10"])))
      .toEqual(["meeting:by phone=2025-10-10"]);
  });
});
