/**
 * Session 29, stage 05: a demonym that is also its plural ("Chinese", "Guyanese", "Swiss") before one or two plain
 * nouns that modify a person noun is an adjective: the person noun heads the group ("Six Chinese gold miners").
 * Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {findGroup} from "../../../src/pipeline/figures/group.ts";
import {checkFigures} from "./helpers.ts";

const labelAfter = (text: string) => findGroup(text, 0, false).label;

describe("'-ese' demonyms before noun modifiers", () => {
  it.each<[string, string, string]>([
    ["one plain noun", " Chinese gold miners were freed", "chinese gold miners"],
    ["two plain nouns", " Sudanese aid truck drivers were freed", "sudanese aid truck drivers"],
    ["a person noun right after", " Japanese nationals were freed", "japanese nationals"]
  ])("%s", (_label, text, want) => expect(labelAfter(text)).toBe(want));

  it("the workers' release is the count's", () => {
    checkFigures("Police said 14 Chinese construction workers seized at the dam site had been released.", [{quote: "14", category: "hostages_released"}]);
  });
});

describe("negatives", () => {
  it("the demonym alone is the head", () => {
    expect(labelAfter(" Chinese were freed on Tuesday")).toBe("chinese");
  });
  it("a demonym before a verb stays the head", () => {
    expect(labelAfter(" Chinese died in the blast")).toBe("chinese");
  });
  it("a time adverb ends the phrase (review 29 F12)", () => {
    expect(labelAfter(" Japanese today police officials said")).toBe("japanese");
  });
});
