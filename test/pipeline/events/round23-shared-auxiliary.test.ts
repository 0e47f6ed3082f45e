import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

// Invented sentences. Round 23: an irregular participle right after "and" shares the auxiliary of a passive verb
// phrase before it ("were seized … on 5 June and driven to a camp on 6 June": were … driven), so it is a verb that
// dates the clause's later date (orphan-dates.ts passiveBefore).

describe("findEvents: a participle after 'and' sharing a passive's auxiliary dates its own date", () => {
  it("'were seized … on <d1> and driven to a camp on <d2>' → an event on <d2>", () => {
    const s = "Four engineers were seized by gunmen near the river on 5 June and driven to a forest camp on 6 June.";
    expect(sentenceEvents(s, ["5 June=2024-06-05", "6 June=2024-06-06"])).toEqual(["abduction:seized=2024-06-05", "other:driven=2024-06-06"]);
  });
});

describe("negatives", () => {
  it("no passive before the 'and': 'hidden' is an adjective, no verb", () => {
    const s = "The council approved the budget on 5 June and hidden fees in it on 6 June.";
    expect(sentenceEvents(s, ["5 June=2024-06-05", "6 June=2024-06-06"]).filter((e) => e.includes(":hidden="))).toEqual([]);
  });
});
