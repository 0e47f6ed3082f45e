/**
 * Round 26, stage 06 (sentences invented for the tests): a trip to come ("is to travel to", "will fly to",
 * "will be back in") is a visit; a derailment or a collapse told as a noun, and "left the tracks", are dated
 * accidents (type other); "the collapse of the talks" is no accident.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("trips to come and accidents told as nouns", () => {
  it("'will travel to' on a weekday → a planned visit", () => {
    expect(sentenceEvents("The minister will travel to Quito on Monday to sign the protocol.", ["Monday=2025-06-09"], true)).toContain("visit:travel to=2025-06-09/planned");
  });
  it("'will be back in' → a visit", () => {
    expect(sentenceEvents("The envoy will be back in Doha on Thursday.", ["Thursday=2025-06-12"])).toContain("visit:be back in=2025-06-12");
  });
  it("'The collapse happened … on Saturday' → an accident", () => {
    expect(sentenceEvents("The collapse happened shortly after 4am on Saturday.", ["Saturday=2025-06-07"])).toContain("other:collapse=2025-06-07");
  });
  it("'left the tracks … on Tuesday' → an accident", () => {
    expect(sentenceEvents("Six carriages left the tracks near Luxor on Tuesday.", ["Tuesday=2025-06-10"])).toContain("other:left the tracks=2025-06-10");
  });
  it("negative: 'the collapse of the talks' is no accident", () => {
    expect(sentenceEvents("Analysts blamed the collapse of the talks on Tuesday on both sides.", ["Tuesday=2025-06-10"]).filter((e) => e.startsWith("other:collapse"))).toEqual([]);
  });
});
