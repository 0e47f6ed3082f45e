/**
 * Round 13 classes for stage 03: a future cue reaches its date across a list of names or a place's region set off
 * by commas ("will travel to Bunia, Ituri, on Saturday"), and a plan told in the past tense ("was expected",
 * "were expected") still points forward, as "scheduled" and "expected to" do. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

// 2025-03-12 is a Wednesday.
const PUB = "2025-03-12";
const dateOf = (text: string, date: string) => datesOf(text, PUB).find((r) => r.text === date)?.date;

describe("a future cue across names set off by commas", () => {
  it("a place and its region between commas → the next Saturday", () => {
    expect(dateOf("The ceasefire monitors will travel to Bunia, Ituri, on Saturday.", "Saturday")).toBe("2025-03-15");
  });
  it("a list of names before 'and' → the next Thursday", () => {
    expect(dateOf("The court will hear Ferreira, Mota and Pires on Thursday.", "Thursday")).toBe("2025-03-13");
  });
  it("negative: a name starting a new clause ends the future one", () => {
    expect(dateOf("The council will vote on the budget, Ruiz announced on Monday.", "Monday")).toBe("2025-03-10");
  });
  it("negative: a list of speakers with a past verb of their own", () => {
    expect(dateOf("The strike will continue, Mota, Pires and Ferreira told workers on Monday.", "Monday")).toBe("2025-03-10");
  });
});

describe("a plan told in the past tense still points forward", () => {
  it("'were expected in late April' (written in March) → this April", () => {
    expect(dateOf("Fresh deliveries of seed were expected in late April, the cooperative's chairman told farmers.", "late April")).toBe("2025-04");
  });
  it("'was expected on Saturday' → the next Saturday", () => {
    expect(dateOf("A verdict was expected on Saturday.", "Saturday")).toBe("2025-03-15");
  });
  it("negative: the saying after a comma keeps its own past date", () => {
    expect(dateOf("Sales were expected to fall, the minister said on Monday.", "Monday")).toBe("2025-03-10");
  });
});
