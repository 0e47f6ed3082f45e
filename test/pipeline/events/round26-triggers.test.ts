/**
 * Round 26, stage 06 (sentences invented for the tests): a trip to come ("will travel to", "is to fly to") is a
 * visit; a derailment or a collapse told as a noun after "the", "left the tracks" and a roof that "caved in" are
 * dated accidents. Review 26 F6's near misses are the negatives: a ban on travel, airlines that fly somewhere,
 * an economic collapse, "the derailment of the peace process", a government that caved in to pressure.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const has = (rows: string[], prefix: string) => rows.some((r) => r.startsWith(prefix));

describe("trips to come and accidents told as nouns", () => {
  it("'will travel to' on a weekday → a planned visit", () => {
    expect(sentenceEvents("The trade minister will travel to Accra on Monday to sign the accord.", ["Monday=2025-06-09"], true)).toContain("visit:travel to=2025-06-09/planned");
  });
  it("'is to fly to' → a visit", () => {
    expect(has(sentenceEvents("The foreign minister is to fly to Nairobi on Friday.", ["Friday=2025-06-13"]), "visit:fly to=2025-06-13")).toBe(true);
  });
  it("'the collapse' as the subject → an accident", () => {
    expect(sentenceEvents("Witnesses said the collapse came without warning on Saturday.", ["Saturday=2025-06-07"])).toContain("other:collapse=2025-06-07");
  });
  it("'left the tracks … on Tuesday' → an accident", () => {
    expect(sentenceEvents("Four wagons of a freight train left the tracks outside Tema on Tuesday.", ["Tuesday=2025-06-10"])).toContain("other:left the tracks=2025-06-10");
  });
});

describe("negatives (review 26 F6)", () => {
  it.each<[string, string]>([
    ["The minister has banned travel to Iran on Monday.", "visit:"],
    ["Airlines that fly to London raised fares on Monday.", "visit:"],
    ["Analysts blamed the collapse of the talks on Monday on both sides.", "other:collapse"],
    ["The economic collapse hit families hard on Monday.", "other:collapse"],
    ["The derailment of the peace process worried diplomats on Monday.", "other:derailment"],
    ["The government caved in to pressure on Monday.", "other:caved in"]
  ])("%s", (sentence, prefix) => {
    expect(has(sentenceEvents(sentence, ["Monday=2025-06-09"]), prefix)).toBe(false);
  });
});
