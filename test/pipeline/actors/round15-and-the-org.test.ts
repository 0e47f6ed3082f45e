/**
 * Round 15, class 7: "the <Org> and the <Org2>" is two organisations. An "and" after an
 * organisation word, before "the", ends the first name: the first is complete and "the" opens a
 * second ("the Coast Guard and the Japanese Embassy in Manila"). Negatives: a name whose word
 * before "and the" is no organisation word ("Ministry of Farming and the Environment") stays one
 * name, and "and" without "the" is untouched. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const texts = (text: string) => foundMentions(text).mentions.map((m) => m.text);

describe("a conjunction and 'the' between two organisations", () => {
  it("sentence → expected row: a coast guard and an embassy, then a city", () => {
    const ms = texts("Rescue boats from the Philippine Coast Guard and the Japanese Embassy in Manila searched the bay.");
    expect(ms).toContain("Philippine Coast Guard");
    expect(ms).toContain("Japanese Embassy");
  });

  it("sentence → expected row: a union and a relief society as objects of 'joined by'", () => {
    const ms = texts("Striking nurses were joined by the Teachers Union and the Red Crescent Society on Friday.");
    expect(ms).toContain("Teachers Union");
    expect(ms).toContain("Red Crescent Society");
    expect(ms).not.toContain("Teachers Union and the Red Crescent Society");
  });

  it("negative: the word before 'and the' is no organisation word, the name goes on", () => {
    expect(texts("Funding came from the Ministry of Agriculture and the Environment in Lima.")).toContain("Ministry of Agriculture and the Environment");
    expect(texts("The Commission for Truth and the Restoration of Justice met in Bogota.")).toContain("Commission for Truth and the Restoration of Justice");
  });
});
