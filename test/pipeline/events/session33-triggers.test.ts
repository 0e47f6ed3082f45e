/**
 * Session 33, stage 06. A passive hand-over ("were handed by the rebels to the bishop") in a sentence of captivity is a
 * release. A clock time before a date ("at about 9:20 am on Tuesday") is no clause boundary (the ":" of
 * "9:20" written without spaces ends no clause) and no distance for the fallback's reach, so the dated clause's verb
 * still takes the date. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {findEvents} from "../../../src/pipeline/stages/06-events.ts";
import {datesFrom, emptyCtx, makeArticle, sentenceEvents} from "./helpers.ts";

describe("a clock time before the date", () => {
  it("'folded in on itself at about 9:20 am on Tuesday' dates the collapse", () => {
    expect(sentenceEvents("The old market hall folded in on itself at about 9:20 am on Tuesday.", ["Tuesday=2025-07-15"])).toEqual(["other:folded=2025-07-15"]);
  });
  it("a 24-hour clock: 'gave way at 14:05 on Friday'", () => {
    expect(sentenceEvents("The dam wall gave way near the village of Orle at 14:05 on Friday.", ["Friday=2025-07-18"])).toEqual(["other:gave=2025-07-18"]);
  });
  it("negative: a colon with spaces still ends the clause ('was blunt : on Monday …')", () => {
    expect(sentenceEvents("The minister was blunt : on Monday nothing happened.", ["Monday=2025-07-14"])).toEqual(["other:happened=2025-07-14"]);
  });
});

describe("a passive hand-over in a sentence of captivity is a release", () => {
  it("'were handed by the rebels to the bishop'", () => {
    expect(sentenceEvents("Two priests held by the rebels since May were handed by the rebels to the bishop on Wednesday.", ["Wednesday=2025-07-16"])).toEqual(["release:were handed by=2025-07-16"]);
  });
  it("'was handed to the Red Cross' after captivity", () => {
    expect(sentenceEvents("The engineer, a hostage since May, was handed to the Red Cross on Friday.", ["Friday=2025-07-18"])).toEqual(["release:was handed to=2025-07-18"]);
  });
  it("negative: keys handed to a mayor (no captivity)", () => {
    expect(sentenceEvents("The keys were handed to the mayor on Wednesday.", ["Wednesday=2025-07-16"])).toEqual(["other:handed=2025-07-16"]);
  });
});

describe("a talk with someone with a time between the verb and 'with'", () => {
  it("'spoke on Sunday night with B' is a meeting", () => {
    expect(sentenceEvents("Prime Minister Ana Vidal spoke on Sunday night with Noa Lind and Tom Berg.", ["Sunday=2025-09-14"])).toEqual(["meeting:spoke on Sunday night with=2025-09-14"]);
  });
  it("'spoke by phone on Monday with B' is a meeting", () => {
    expect(sentenceEvents("The governor spoke by phone on Monday with Tom Berg.", ["Monday=2025-09-15"])).toEqual(["meeting:spoke by phone on Monday with=2025-09-15"]);
  });
  it("negative: 'spoke on Sunday night with reporters' (no name after 'with')", () => {
    expect(sentenceEvents("The mayor spoke on Sunday night with reporters about the flood.", ["Sunday=2025-09-14"])).toEqual([]);
  });
  it("negative: a place in the gap is no time ('spoke in Oslo with B')", () => {
    expect(sentenceEvents("The minister spoke in Oslo with Tom Berg.", [])).toEqual([]);
  });
});

/** Stage 06 on several sentences, each with its dates, as "type:trigger=date" rows. */
function articleEvents(lines: [string, string[]][]): string[] {
  const {article, sentences} = makeArticle(lines.map(([text]) => text));
  const dates = lines.flatMap(([, d], i) => datesFrom(sentences[i], d));
  return findEvents(article, sentences, dates, [], emptyCtx).map((e) => `${e.type}:${e.trigger}=${e.date}`);
}

describe("'the same day' of a release is the last release's day", () => {
  it("a later date written between does not anchor it", () => {
    expect(articleEvents([
      ["The junta released the reporter Ana Lima on Wednesday.", ["Wednesday=2025-09-17"]],
      ["The president thanked the bishop on Thursday.", ["Thursday=2025-09-18"]],
      ["The junta also freed another seven prisoners the same day, the church said.", ["the same day=2025-09-18"]]
    ])).toEqual(["release:released=2025-09-17", "other:thanked=2025-09-18", "release:freed=2025-09-17"]);
  });
  it("negative: a sentence-opening 'The same day …' names its own anchor", () => {
    expect(articleEvents([
      ["The rebels released two soldiers on 30 August.", ["30 August=2025-08-30"]],
      ["The rebels freed the engineer on 19 November.", ["19 November=2025-11-19"]],
      ["The same day the engineer was freed, the rebels also released a farmer.", ["The same day=2025-11-19"]]
    ])).toEqual(["release:released=2025-08-30", "release:freed=2025-11-19", "release:freed=2025-11-19"]);
  });
  it("negative: a visit 'the same day' keeps the last date written", () => {
    expect(articleEvents([
      ["The minister visited the port on Monday.", ["Monday=2025-09-15"]],
      ["The navy freed the crew on Friday.", ["Friday=2025-09-19"]],
      ["The ambassador visited the crew at the hospital the same day.", ["the same day=2025-09-19"]]
    ])).toEqual(["visit:visited=2025-09-15", "release:freed=2025-09-19", "visit:visited=2025-09-19"]);
  });
});
