import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {andCountryEnd, textAt} from "../../../src/pipeline/actors/find-mentions.ts";
import {COUNTRIES} from "../../../src/pipeline/actors/lexicon.ts";
import {tokenize, type Token} from "../../../src/pipeline/actors/tokens.ts";

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

  // The look-ahead for "and" is a shortcut: this compares andCountryEnd with the same match done
  // without it (every country holding " and ", word by word, no hyphen before a later word, no
  // possessive inside) on random runs of those countries' words.
  it("same end as the match without the look-ahead, on random word runs (property)", () => {
    const names = [...COUNTRIES].filter((c) => c.includes(" and ")).map((c) => c.split(" "));
    const plain = (tokens: Token[], i: number): number => {
      for (const words of names) {
        if (tokens[i].key !== words[0] || i + words.length > tokens.length) continue;
        let k = 0;
        while (k < words.length && tokens[i + k].key === words[k] && (k === 0 || tokens[i + k - 1].sep !== "-") && !(k < words.length - 1 && tokens[i + k].poss)) k++;
        if (k === words.length) return i + k;
      }
      return 0;
    };
    const words = [...new Set(names.flat())];
    const part = fc.oneof(fc.constantFrom(...words), fc.constantFrom("And", "AND", "&", "said", "the", "Tomé", "Tome’s", "-", "and-"), fc.string({maxLength: 3}));
    const cased = fc.tuple(part, fc.boolean()).map(([w, up]) => (up && w[0] ? w[0].toUpperCase() + w.slice(1) : w));
    fc.assert(
      fc.property(fc.array(cased, {minLength: 1, maxLength: 7}), fc.array(fc.constantFrom(" ", "  ", "-", " - "), {minLength: 7, maxLength: 7}), (list, seps) => {
        const tokens = tokenize(list.map((w, k) => (k === 0 ? w : seps[k] + w)).join(""));
        for (let i = 0; i < tokens.length; i++) if (andCountryEnd(tokens, i) !== plain(tokens, i)) return false;
        return true;
      }),
      {numRuns: 4000}
    );
  });
});
