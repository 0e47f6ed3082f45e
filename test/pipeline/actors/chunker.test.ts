import {describe, expect, it} from "vitest";
import {countryAt} from "../../../src/pipeline/actors/chunker.ts";
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
});
