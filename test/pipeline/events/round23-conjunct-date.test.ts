import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

// Invented sentences. Round 23: a date before "and"/"then" + a trigger belongs to the first verb phrase ("flew to
// Lisbon on 5 June and met the union on 6 June"), so the trigger after the conjunction takes a date of its own after
// it in the clause when there is one (pick-date.ts conjunctBetween).

describe("findEvents: a verb after 'and' takes its own later date", () => {
  it.each<[string, string, string[], string]>([
    ["'flew to Lisbon on <d1> and met … on <d2>'", "The minister flew to Lisbon on 5 June and met the union leaders on 6 June.", ["5 June=2024-06-05", "6 June=2024-06-06"], "meeting:met=2024-06-06"],
    ["'rescued on <d1> and then freed … on <d2>'", "The crew were rescued by a trawler on 5 June and then released by the navy on 7 June.", ["5 June=2024-06-05", "7 June=2024-06-07"], "release:released=2024-06-07"]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toContain(expected);
  });
});

describe("negatives", () => {
  it("no date after the second verb: it keeps the date before, one event", () => {
    expect(sentenceEvents("The miners were freed on 5 June and handed over to their union.", ["5 June=2024-06-05"])).toEqual(["release:freed=2024-06-05"]);
  });
  it("no conjunction between: the nearer date before the trigger still wins", () => {
    expect(sentenceEvents("On 5 June the minister met the union leaders in Lisbon for talks on the pay offer due on 7 June.", ["5 June=2024-06-05", "7 June=2024-06-07"])).toContain("meeting:met=2024-06-05");
  });
});
