/**
 * Round 26 class for stage 03: a day count tied to an event noun ("the day after the collapse", "two days before
 * the vote") counts from the day the article told that event on (the event's noun, its verb or a word of
 * model/date-cues.ts DAY_COUNT_EVENT_WORDS near the date), the latest such day by date; without one it counts from
 * the last date read, as before. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {eventNounAfter} from "../../../src/pipeline/dates/event-anchor.ts";
import {dateOf, datesOf} from "./helpers.ts";

describe("a day count tied to an event the article told", () => {
  it("'The bridge gave way on Saturday … on Monday … the day after the collapse' → Sunday", () => {
    const rows = datesOf(
      "The old rail bridge over the Tana collapsed on Saturday evening.\nDivers recovered the last car on Monday.\nThe transport minister came to the river the day after the collapse.",
      "2025-03-12"
    );
    expect(dateOf(rows, "the day after")).toBe("2025-03-09");
  });
  it("the event told by its verb: 'were detained on Sunday … the day after the arrest' → Monday", () => {
    const rows = datesOf(
      "The three fishermen were detained on Sunday off the coast.\nThey were flown to the capital on Wednesday.\nTheir union protested the day after the arrest.",
      "2025-03-14"
    );
    expect(dateOf(rows, "the day after")).toBe("2025-03-10");
  });
  it("a release told as 'set free' → the day after it", () => {
    const rows = datesOf(
      "The two geologists were set free by their captors on Tuesday.\nOn Thursday they spoke to reporters.\nThe day after the release, the minister thanked the elders.",
      "2025-03-14"
    );
    expect(dateOf(rows, "The day after")).toBe("2025-03-12");
  });
  it("the story's release, not an older one the article recalls", () => {
    const rows = datesOf(
      "On Tuesday, the two aid workers were handed to the Red Cross.\nOn 1 February of last year the same group released a nurse.\nThe envoy had flown in the day before the release.",
      "2025-03-14"
    );
    expect(dateOf(rows, "the day before")).toBe("2025-03-10");
  });
});

describe("negatives", () => {
  it("a participle describing a thing is no telling of the event ('a collapsed tunnel … on Monday')", () => {
    const rows = datesOf(
      "The tunnel roof collapsed on Saturday.\nRescuers reached a collapsed gallery on Monday.\nEngineers arrived the day after the collapse.",
      "2025-03-12"
    );
    expect(dateOf(rows, "the day after")).toBe("2025-03-09");
  });
  it("no event noun after the count: from the last date read, as before", () => {
    const rows = datesOf("The tunnel roof collapsed on Saturday.\nRescuers arrived on Monday.\nEngineers came the day after.", "2025-03-12");
    expect(dateOf(rows, "the day after")).toBe("2025-03-11");
  });
  it("a noun that names no event ('the day after the final whistle') is not read", () => {
    expect(eventNounAfter("left the day after the final whistle", 18)).toBeNull();
    expect(eventNounAfter("left the day after the collapse", 18)).toBe("collapse");
  });
  // Review 26 F5: a report's day is not the event's, and a word inside another word tells nothing.
  it.each<[string, string]>([
    ["Officials said on 9 March that the collapse killed 12 people.\nThe bridge had collapsed on 2 March.\nThe day after the collapse, the minister visited the site.", "2025-03-03"],
    ["His lawyer said on 12 March the arrest was illegal.\nHe was arrested on 5 March.\nThe day after the arrest, his wife visited the police station.", "2025-03-06"],
    ["A patriotic rally was held on 5 March.\nRiots broke out on 1 March.\nThe day after the riot, the mayor visited the district.", "2025-03-02"],
    ["Workers at the industrial estate met on 6 March.\nThe trial opened on 2 March.\nThe day after the trial, the defendant visited his lawyer.", "2025-03-03"]
  ])("%s", (text, date) => {
    expect(dateOf(datesOf(text, "2025-03-30"), "The day after")).toBe(date);
  });
});

describe("a summons or an invitation standing now points ahead", () => {
  it("'has been summoned to testify on Thursday' → the next Thursday", () => {
    const rows = datesOf("The port authority's chief has been summoned to testify on Thursday about the missing funds.", "2025-03-14");
    expect(dateOf(rows, "Thursday")).toBe("2025-03-20");
  });
  it("negative (review 26 args F1): a summons to a place leaves the event's weekday past", () => {
    const rows = datesOf("The ambassador has been summoned to the foreign ministry over the drone attack on Tuesday.", "2025-03-28");
    expect(dateOf(rows, "Tuesday")).toBe("2025-03-25");
  });
  it("negative: 'was summoned to the ministry on Monday' stays past", () => {
    const rows = datesOf("The ambassador was summoned to the ministry on Monday.", "2025-03-14");
    expect(dateOf(rows, "Monday")).toBe("2025-03-10");
  });
});

describe("a forward day count after a look back", () => {
  it("'on 26 August … had arrived the night before. … the following day' → 27 August", () => {
    const rows = datesOf(
      "The two envoys met in Muscat on 26 August. One of them had arrived the night before.\nThe envoy flew home the following day.",
      "2025-09-10"
    );
    expect(dateOf(rows, "the following day")).toBe("2025-08-27");
  });
  it("negative: a forward count after a forward count goes on from it", () => {
    const rows = datesOf("The envoys met in Muscat on 26 August.\nThey met again the next day.\nThe envoy flew home the following day.", "2025-09-10");
    expect(dateOf(rows, "the following day")).toBe("2025-08-28");
  });
});

describe("review 26 args F2: a look back of several days, or in the same sentence", () => {
  it("'had been arrested three days earlier and was released on bail the next day' counts from the arrest", () => {
    const rows = datesOf("The reporter was convicted on 8 May. He had been arrested three days earlier and was released on bail the next day.", "2025-05-20");
    expect(dateOf(rows, "the next day")).toBe("2025-05-06");
  });
});
