/**
 * Events are built by one object literal (eventRecord), so V8 can allocate these long-lived
 * records straight in the old generation. The tables and JSON read an event's fields in the
 * order the literal writes them: these cases pin that order and the values.
 */
import {describe, expect, it} from "vitest";
import {eventRecord} from "../../../src/pipeline/events/event-record.ts";
import {findEvents} from "../../../src/pipeline/stages/06-events.ts";
import {emptyCtx, makeArticle} from "./helpers.ts";

describe("eventRecord", () => {
  it("has EventMention's fields in the literal's order", () => {
    const e = eventRecord(0, 7, 12, "release", "freed", "Rebels freed the crew", "2025-10-13", "day", "on Monday", "relative", [0], "Gaza", "reported");
    expect(Object.keys(e)).toEqual(["sentenceIndex", "start", "end", "type", "trigger", "description", "date", "datePrecision", "dateText", "dateBasis", "actorMentions", "location", "modality"]);
    expect(JSON.stringify(e)).toBe(
      '{"sentenceIndex":0,"start":7,"end":12,"type":"release","trigger":"freed","description":"Rebels freed the crew","date":"2025-10-13","datePrecision":"day","dateText":"on Monday","dateBasis":"relative","actorMentions":[0],"location":"Gaza","modality":"reported"}'
    );
  });

  it("is what stage 06 returns, in a list of its own per article", () => {
    const {article, sentences} = makeArticle(["Rebels freed the crew.", "Troops killed two gunmen."]);
    const first = findEvents(article, sentences, [], [], emptyCtx);
    const second = findEvents(article, sentences, [], [], emptyCtx);
    expect(first.map((e) => e.trigger)).toEqual(["freed", "killed"]);
    expect(Object.keys(first[0])).toEqual(Object.keys(eventRecord(0, 0, 0, "release", "", "", null, null, null, null, [], null, "reported")));
    expect(first[0].actorMentions).toEqual([]);
    // The collecting list is reused: each call's answer is a copy, not that list.
    expect(second).not.toBe(first);
    expect(first).toHaveLength(2);
  });
});
