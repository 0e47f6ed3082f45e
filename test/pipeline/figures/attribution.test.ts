/**
 * findAttribution reads "according to", inversions and "X said" in one scan; these pin which one wins and the
 * case-sensitive verbs.
 */
import {describe, expect, it} from "vitest";
import {findAttribution} from "../../../src/pipeline/figures/attribution.ts";

describe("findAttribution", () => {
  it.each<[string, string | null]>([
    ["At least 40 people drowned, the ministry said.", "the ministry"],
    ["At least 40 people drowned, said the regional governor.", "the regional governor"],
    ["According to hospital sources, 12 people were hurt, the mayor said.", "hospital sources"],
    ["Twelve people were hurt, as reported by local radio.", "local radio"],
    ["The police chief has also told reporters that 9 died.", "The police chief"],
    ["Aid reached the United States and 30 people were flown out.", null],
    ["Aid reached the United STATES, Said nobody.", null],
    ["3,400 were counted by volunteers.", null],
    ["Hamas is believed to hold 20 hostages, Israeli officials said.", "Israeli officials"]
  ])("%s", (text, source) => {
    expect(findAttribution(text, 0, [])).toBe(source);
  });

  it("takes the full name from a mention covering the source", () => {
    const text = "Twelve died, Peskov said.";
    expect(findAttribution(text, 100, [{start: 113, end: 119, text: "Peskov", name: "Dmitry Peskov"} as never])).toBe("Dmitry Peskov");
  });

  it("reads a sentence with more verb candidates than the one scan keeps (separate scans)", () => {
    const text = "Twelve died" + ", officials said".repeat(300) + ".";
    expect(findAttribution(text, 0, [])).toBe("officials");
    expect(findAttribution("Twelve died" + " said".repeat(300) + ", according to the mayor.", 0, [])).toBe("the mayor");
  });
});
