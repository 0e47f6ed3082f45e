/**
 * Stage 07 on invented sentences (round 22): a sentence-initial "She" stands for the previous
 * sentence's first person named with a woman's given name when its first person is surely a man
 * (07-interactions.ts knownMan, firstWoman):
 * - "Peter Lind met Elena Voss, who asked him for help. She had written to B asking for his
 *   support" → Elena Voss asked B (not Lind).
 * Negatives: when the first person already has a woman's name ("Irina Sokol met Elena Voss …"), or
 * may be a woman (a surname alone, "Ms Hale", "Governor Hale": review 22, F4), the first person
 * stays the antecedent; "He" keeps the first person.
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";

function rows(first: string, firstMentions: string[], second: string, secondMentions: string[]): string[] {
  const {article, sentences} = makeArticle([first, second]);
  const mentions = [...mentionsFrom(sentences[0], firstMentions), ...mentionsFrom(sentences[1], secondMentions)];
  return findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
}

describe("stage 07 (round 22): 'She' after a sentence naming a woman second", () => {
  it("B met Elena Voss, who asked him … She had written to C asking → Elena Voss asked C", () => {
    expect(rows("On Friday Peter Lind met Elena Voss, who asked him to help her brother.", ["Peter Lind", "Elena Voss"], "She had written to Tomas Berg last month asking for his support.", ["Tomas Berg"])).toEqual([
      "Elena Voss -asked-> Peter Lind",
      "Elena Voss -asked-> Tomas Berg",
      "Peter Lind -met-> Elena Voss"
    ]);
  });
  it("'Mr Lind' is a man too", () => {
    expect(rows("On Friday Mr Lind met Elena Voss in Lisbon.", ["Mr Lind", "Elena Voss", "Lisbon:place"], "She had written to Tomas Berg last month asking for his support.", ["Tomas Berg"])).toContain("Elena Voss -asked-> Tomas Berg");
  });
  for (const first of ["Lind", "Ms Hale", "Governor Hale"]) {
    it(`negative (review 22, F4): '${first}' may be a woman, so 'She' stays with her`, () => {
      expect(rows(`On Friday ${first} met Maria Ross in Denver.`, [first, "Maria Ross", "Denver:place"], "She later urged Tomas Berg to act.", ["Tomas Berg"])).toEqual([
        `${first} -called_on-> Tomas Berg`,
        `${first} -met-> Maria Ross`
      ]);
    });
  }
  it("negative: a first person with a woman's name stays the antecedent", () => {
    expect(rows("On Friday Irina Sokol met Elena Voss in Lisbon.", ["Irina Sokol", "Elena Voss", "Lisbon:place"], "She had written to Tomas Berg last month asking for his support.", ["Tomas Berg"])).toEqual([
      "Irina Sokol -asked-> Tomas Berg",
      "Irina Sokol -met-> Elena Voss"
    ]);
  });
  it("negative: 'He' keeps the first person", () => {
    expect(rows("On Friday Lind met Elena Voss in Lisbon.", ["Lind", "Elena Voss", "Lisbon:place"], "He had written to Tomas Berg last month asking for his support.", ["Tomas Berg"])).toEqual([
      "Lind -asked-> Tomas Berg",
      "Lind -met-> Elena Voss"
    ]);
  });
});
