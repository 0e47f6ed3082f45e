import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {countryAt} from "../../../src/pipeline/actors/chunker.ts";
import {COUNTRIES} from "../../../src/pipeline/actors/lexicon.ts";
import {tokenize} from "../../../src/pipeline/actors/tokens.ts";

describe("countryAt (a country name of the nationality list, its first word asked first)", () => {
  it("a country of several words, of one word", () => {
    expect(countryAt(tokenize("Saudi Arabia said"), 0, 2)).toBe(true);
    expect(countryAt(tokenize("talks in Trinidad and Tobago"), 2, 5)).toBe(true);
    expect(countryAt(tokenize("Kenya said"), 0, 1)).toBe(true);
  });

  it("a person's name, a country's first word with another after it, a part of a name: no country", () => {
    expect(countryAt(tokenize("Peter Olsen said"), 0, 2)).toBe(false);
    expect(countryAt(tokenize("Saudi Aramco said"), 0, 2)).toBe(false);
    expect(countryAt(tokenize("Saudi Arabia said"), 0, 1)).toBe(false);
  });

  // The first-word shortcut is exact only while no token key holds a space: this compares it with
  // the plain lookup of the joined keys on random runs of country words, their parts and others.
  it("same answer as COUNTRIES.has of the joined keys, on random word runs (property)", () => {
    // Whole country names (several words among them), their words alone, other words.
    const words = [...new Set([...COUNTRIES].flatMap((c) => c.split(" ")))];
    const part = fc.oneof(fc.constantFrom(...COUNTRIES), fc.constantFrom(...words), fc.constantFrom("Peter", "and", "the", "São", "Tomé", "U.S.", "Olsen’s", "al-Amin", "Saudi-led"), fc.string({maxLength: 4}));
    const cased = fc.tuple(part, fc.constantFrom(0, 1, 2)).map(([w, k]) => (k === 0 ? w : k === 1 ? w.toUpperCase() : w[0] ? w[0].toUpperCase() + w.slice(1) : w));
    fc.assert(
      fc.property(fc.array(cased, {minLength: 1, maxLength: 6}), fc.nat(), fc.nat(), (list, a, b) => {
        const tokens = tokenize(list.join(" "));
        if (tokens.length === 0) return true;
        const from = a % tokens.length;
        const to = from + 1 + (b % (tokens.length - from));
        const joined = tokens.slice(from, to).map((t) => t.key).join(" ");
        return countryAt(tokens, from, to) === COUNTRIES.has(joined);
      }),
      {numRuns: 4000}
    );
  });
});
