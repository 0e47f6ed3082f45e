import {describe, expect, it} from "vitest";
import {andCountryEnd, textAt} from "../../../src/pipeline/actors/find-mentions.ts";
import {tokenize} from "../../../src/pipeline/actors/tokens.ts";

describe("textAt (a mention's text as written, the name's own string when it reads the same)", () => {
  const text = "Vladimir Putin met Peter  Olsen in Kyiv.";

  it("a name written exactly so: its text is the name", () => {
    expect(textAt(text, 0, 14, "Vladimir Putin")).toBe("Vladimir Putin");
  });

  it("a name written otherwise (a double space, another case, a title): the text as written", () => {
    expect(textAt(text, 19, 31, "Peter Olsen")).toBe("Peter  Olsen");
    expect(textAt(text, 35, 39, "KYIV")).toBe("Kyiv");
    expect(textAt(text, 9, 14, "Vladimir Putin")).toBe("Putin");
  });

  it("same length, other letters: the text as written", () => {
    expect(textAt(text, 35, 39, "Kiev")).toBe("Kyiv");
  });
});

describe("andCountryEnd (its 'and' looked for first, within two words)", () => {
  it("'and' second or third: the country's end", () => {
    expect(andCountryEnd(tokenize("Trinidad and Tobago said"), 0)).toBe(3);
    expect(andCountryEnd(tokenize("Sao Tome and Principe said"), 0)).toBe(4);
    expect(andCountryEnd(tokenize("Saint Vincent and the Grenadines voted"), 0)).toBe(5);
  });

  it("no 'and' there, or one too far, or a name cut short: none", () => {
    expect(andCountryEnd(tokenize("Bosnia said"), 0)).toBe(0);
    expect(andCountryEnd(tokenize("Sao Tome said and Principe"), 0)).toBe(0);
    expect(andCountryEnd(tokenize("Trinidad and"), 0)).toBe(0);
  });
});
