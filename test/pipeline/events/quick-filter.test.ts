/**
 * The quick filters of stages 06/07 skip tokenising sentences that cannot match. They are a
 * hand-written word scan; these cases pin that they answer exactly like the plain rule
 * "some key word appears as a whole word, case-insensitively" (the regex they replaced).
 */
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {keyWordFilter} from "../../../src/pipeline/events/quick-filter.ts";
import {mayHaveTrigger, quickFilter} from "../../../src/pipeline/events/triggers.ts";
import {mayHaveInteraction} from "../../../src/pipeline/interactions/find-interactions.ts";

const may = quickFilter([{phrase: "held talks"}, {phrase: "cease-fire"}, {phrase: "flooded"}]);

/** The reference the scan must agree with: the regex the filter used before. */
const reference = new RegExp("(?<![\\p{L}\\p{N}])(?:talks|flooded|cease)(?![\\p{L}\\p{N}])", "iu");

const cases: [string, string, boolean][] = [
  ["whole word", "Unions held talks on Monday.", true],
  ["capitals", "TALKS COLLAPSE", true],
  ["longest word of a phrase is enough", "The talks failed.", true],
  ["hyphenated phrase: its longest part", "A cease-fire began.", true],
  ["hyphenated phrase: a shorter part alone is not enough", "Troops opened fire.", false],
  ["inside a longer word", "The talkshow aired.", false],
  ["digit glued to the word", "talks2 went on", false],
  ["non-ASCII letter glued before", "étalks", false],
  ["non-ASCII letter glued after", "talksé", false],
  ["curly apostrophe is not a letter", "the union’s talks’ end", true],
  ["dash is not a letter", "—flooded—", true],
  ["no key word", "Shares fell sharply in Tokyo.", false],
  ["empty", "", false],
  ["long s folds to s (left to the regex)", "The talkſ ended.", true],
  ["Kelvin sign folds to k (left to the regex)", "tal\u212As", true],
  ["astral letter glued before", "\u{1D400}talks", false],
  ["combining mark after still ends the word", "talks\u0301", true],
  // A key word followed by a non-ASCII character is decided when the scan reads that character.
  ["non-ASCII letter after, then a whole key word", "talksé flooded", true],
  ["curly quote after a key word at the end of the text", "“talks”", true],
  ["non-ASCII letter after, then a quote", "talksé’", false],
  ["non-ASCII letter, a quote, then a key word", "é’talks", true],
  ["non-ASCII letter after, then a long s (left to the regex)", "talksé ſ", false]
];

describe("quickFilter", () => {
  it.each(cases)("%s", (_label, text, expected) => {
    expect(may(text)).toBe(expected);
    expect(reference.test(text)).toBe(expected);
  });

  it("agrees with the regex on random text around key words", () => {
    const parts = fc.oneof(fc.constantFrom("talks", "Talks", "FLOODED", "cease", "fire", "talk", "s", "é", "’", "-", " ", "1", "ſ", "\u212A", "\u{1D400}", "Мир"), fc.string({maxLength: 3}));
    fc.assert(fc.property(fc.array(parts, {maxLength: 8}), (list) => may(list.join("")) === reference.test(list.join(""))), {numRuns: 3000});
  });

  it("reads a range of a longer text as it reads that slice", () => {
    const parts = fc.constantFrom("talks", "Talks", "flooded", "é", "ſ", "\u{1D400}", " ", "x", "-");
    fc.assert(
      fc.property(fc.array(parts, {maxLength: 10}), fc.nat(), fc.nat(), (list, a, b) => {
        const text = list.join("");
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        return may(text, from, to) === may(text.slice(from, to));
      }),
      {numRuns: 3000}
    );
  });

  it.each([
    ["trigger lexicon: release", mayHaveTrigger, "Rebels released the crew.", true],
    ["trigger lexicon: nothing", mayHaveTrigger, "The shares fell.", false],
    ["interaction lexicon: verb", mayHaveInteraction, "The mediator met both delegations.", true],
    ["interaction lexicon: noun only", mayHaveInteraction, "an attack on the convoy", true]
  ] as const)("%s", (_label, filter, text, expected) => expect(filter(text)).toBe(expected));
});

describe("keyWordFilter", () => {
  it("finds a key word as a whole word, in any case, within the range given", () => {
    const has = keyWordFilter(["Talks", "freed"]);
    expect(has("Peace TALKS resumed.")).toBe(true);
    expect(has("The talkshow aired.")).toBe(false);
    expect(has("xx freed yy", 0, 5)).toBe(false);
    expect(has("xx freed yy", 3, 8)).toBe(true);
  });

  it("leaves a key outside [a-z0-9] to the regex", () => {
    const has = keyWordFilter(["cease-fire"]);
    expect(has("A cease-fire began.")).toBe(true);
    expect(has("A ceasefire began.")).toBe(false);
  });
});
