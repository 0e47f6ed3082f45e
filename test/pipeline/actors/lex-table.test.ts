import {describe, expect, it} from "vitest";
import {LEX_WORD_BITS, LEX_WORDS, lexHashOf, lexWordAt} from "../../../src/pipeline/actors/lex-table.ts";
import {LEX} from "../../../src/pipeline/actors/lexicon.ts";
import {tokenize} from "../../../src/pipeline/actors/tokens.ts";

describe("lex-table", () => {
  it("finds a lexicon word in place, case-insensitively, with its LEX bits", () => {
    const text = "The Minister said";
    const w = lexWordAt(text, 4, 12, lexHashOf(text, 4, 12));
    expect(LEX_WORDS[w]).toBe("minister");
    expect(LEX_WORD_BITS[w]).toBe(LEX.get("minister"));
    expect(lexWordAt(text, 0, 3, lexHashOf(text, 0, 3))).toBeGreaterThanOrEqual(0);
  });

  it("misses words the lexicon does not hold, and prefixes of words it holds", () => {
    const text = "zzqx Minist";
    expect(lexWordAt(text, 0, 4, lexHashOf(text, 0, 4))).toBe(-1);
    expect(lexWordAt(text, 5, 11, lexHashOf(text, 5, 11))).toBe(-1);
  });

  it("gives every token the same lex and key as a LEX lookup by key would", () => {
    const words = [...LEX_WORDS.slice(0, 300), "Hamas", "UN", "U.S.", "Erdoğan", "al-Sisi", "O'Brien", "Mr.", "G7", "said", "The"];
    for (const t of tokenize(words.join(" "))) {
      expect(t.lex).toBe(LEX.get(t.key) ?? 0);
      expect(t.key).toBe(t.key.toLowerCase());
    }
  });
});

describe("lex-table surfaces", () => {
  it("gives lexicon words their exact surface, whatever the case", () => {
    const text = "The THE the Minister mINISTER 9th said Said";
    for (const t of tokenize(text)) expect(t.text).toBe(text.slice(t.start, t.end));
  });
});
