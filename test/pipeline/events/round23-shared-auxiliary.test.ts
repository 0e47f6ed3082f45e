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

// Review 23 F4: the participle after "and" dates only a date after it; a date before the "and" is the first participle's.
describe("negatives (review 23 F4): a date before the 'and' stays the first participle's", () => {
  it("'were struck by a car on Saturday and taken to hospital' → struck", () => {
    expect(sentenceEvents("Two children were struck by a car on Saturday and taken to hospital.", ["Saturday=2024-04-27"])).toEqual(["other:struck=2024-04-27"]);
  });
  it("'were sworn in on Monday and given their portfolios on Tuesday' → Monday is the swearing-in", () => {
    expect(sentenceEvents("The ministers were sworn in on Monday and given their portfolios on Tuesday.", ["Monday=2024-04-29", "Tuesday=2024-04-30"])).toContain("other:sworn=2024-04-29");
  });
  it("'was handed to the Red Cross … on Thursday and taken across into Israel' → handed", () => {
    const s = "Zaslavskiy, 31, was handed to the International Committee of the Red Cross (ICRC) in Deir al-Balah on Thursday and taken across into Israel, the ICRC said.";
    expect(sentenceEvents(s, ["Thursday=2025-04-17"])).toContain("other:handed=2025-04-17");
  });
});
