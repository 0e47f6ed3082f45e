/**
 * Stage 07 on invented sentences (round 22): a sentence-initial "She" stands for the previous
 * sentence's first person named with a woman's given name when its first person's name is not a
 * woman's (07-interactions.ts firstWoman):
 * - "Lind met Elena Voss, who asked him for help. She had written to B asking for his support" →
 *   Elena Voss asked B (not Lind).
 * Negatives: when the first person already has a woman's name ("Irina Sokol met Elena Voss …") the
 * first person stays the antecedent; "He" keeps the first person.
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
    expect(rows("On Friday Lind met Elena Voss, who asked him to help her brother.", ["Lind", "Elena Voss"], "She had written to Tomas Berg last month asking for his support.", ["Tomas Berg"])).toEqual([
      "Elena Voss -asked-> Lind",
      "Elena Voss -asked-> Tomas Berg",
      "Lind -met-> Elena Voss"
    ]);
  });
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
