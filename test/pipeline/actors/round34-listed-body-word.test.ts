/**
 * Round 34: a listed one-word body ("Congress", "Parliament") that is itself an organisation word and stands before
 * another organisation word is a word of a longer body's name ("the opposition Zambia Congress Party"): the chunk goes
 * on over it, so the country before it stays in the party's name (actors/chunker.ts bodyWordInName). Invented names.
 */
import {describe, expect, it} from "vitest";
import {bodyWordInName} from "../../../src/pipeline/actors/chunker.ts";
import {tokenize} from "../../../src/pipeline/actors/tokens.ts";
import {contextFrom, mentionKinds, mentionRows} from "../../fixtures/actors/make-article.ts";

const gaz = contextFrom("name,kind,aliases,affiliation,roles\nZambia,country,,,\nTanzania,country,,,\nUS Congress,organization,Congress,United States,\nNational Parliament,organization,Parliament,,\n");

describe("round 34: a listed body word inside a longer body's name", () => {
  it.each<[string, string, string]>([
    ["a party named for its country", "Ana Obi quit the Zambia Congress Party in 2019.", "Zambia Congress Party/organization"],
    ["another country", "Ana Obi criticized the Tanzania Congress Party on Monday.", "Tanzania Congress Party/organization"],
    ["a listed parliament before a commission", "The Tanzania Parliament Service Commission thanked Ana Obi.", "Tanzania Parliament Service Commission/organization"]
  ])("%s: one organisation", (_label, text, body) => {
    expect(mentionKinds(text, gaz)).toContain(body);
  });

  it("the party, not a shortened one, is the critic", () => {
    expect(mentionRows("Leaders of the Zambia Congress Party criticized Ana Obi over the fuel prices.", gaz)).toEqual(["Zambia Congress Party -criticized-> Ana Obi"]);
  });

  it("bodyWordInName reads the word after the listed body", () => {
    expect(bodyWordInName(tokenize("the Zambia Congress Party said"), 2)).toBe(true);
    expect(bodyWordInName(tokenize("the Zambia Congress leaders said"), 2)).toBe(false);
  });

  it("negative: the listed body alone stays that body", () => {
    expect(mentionRows("Ana Obi met Congress on Monday.", gaz)).toEqual(["Ana Obi -met-> Congress"]);
  });

  it("negative: a country before the listed body and a lowercase word stays the country", () => {
    expect(mentionKinds("Zambia Congress leaders met on Monday.", gaz)).toContain("Zambia/country");
  });
});
