/**
 * matchLexicon's guards (prev, notPrev, notNext, context) are word tables probed by token key;
 * these cases pin that they answer as the word lists did with `includes`, and that a phrase's
 * later words are matched by key and text.
 */
import {describe, expect, it} from "vitest";
import {compileLexicon, matchLexicon} from "../../../src/pipeline/events/triggers.ts";
import {tokenize} from "../../../src/pipeline/events/tokens.ts";

const lexicon = compileLexicon([
  {phrase: "held talks", type: "meeting"},
  {phrase: "freed", type: "release", prev: ["rebels", ""]},
  {phrase: "met", type: "meeting", notPrev: ["never"]},
  {phrase: "struck", type: "attack", notNext: ["a", "deal"]},
  {phrase: "returned home", type: "release", context: ["captivity"]}
]);
const phrases = (text: string): string[] => matchLexicon(tokenize(text, 0), lexicon).map((h) => h.entry.phrase);

describe("matchLexicon guards", () => {
  it("prev: the word before must be listed; the sentence start and punctuation read as \"\"", () => {
    expect(phrases("The rebels freed two men.")).toEqual(["freed"]);
    expect(phrases("Freed at last.")).toEqual(["freed"]);
    expect(phrases("Then, freed, they ran.")).toEqual(["freed"]);
    expect(phrases("Soldiers freed two men.")).toEqual([]);
  });

  it("notPrev: a listed word before blocks the phrase", () => {
    expect(phrases("They never met.")).toEqual([]);
    expect(phrases("They met.")).toEqual(["met"]);
  });

  it("notNext: a listed word in the next two tokens blocks the phrase", () => {
    expect(phrases("They struck a deal.")).toEqual([]);
    expect(phrases("They struck the town.")).toEqual(["struck"]);
  });

  it("context: a listed word within twelve tokens is needed", () => {
    expect(phrases("After months in captivity the crew returned home.")).toEqual(["returned home"]);
    expect(phrases("The crew returned home after a long voyage.")).toEqual([]);
  });

  it("later words of a phrase match by key and text, case folded", () => {
    expect(phrases("They HELD TALKS.")).toEqual(["held talks"]);
    expect(phrases("They held talk.")).toEqual([]);
  });
});
