/**
 * Stage 07, round 31 (subjects and objects): a subject pronoun inside the inverted "Among those / the <noun>
 * <pronoun> <verb> was / were B" stands for the story's subject, as a sentence-initial one does: "Tomas Berg
 * locked the depot gates. Among those he held hostage was the supervisor B" → Tomas Berg abducted B (arguments.ts
 * resolvePronoun, amongInversion). Before, "Among those" before the pronoun left it unresolved.
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";

function rows(first: string, firstMentions: string[], second: string, secondMentions: string[]): string[] {
  const {article, sentences} = makeArticle([first, second]);
  const mentions = [...mentionsFrom(sentences[0], firstMentions), ...mentionsFrom(sentences[1], secondMentions)];
  return findInteractions(article, sentences, [], mentions, emptyCtx)
    .filter((r) => r.start >= sentences[1].start)
    .map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`)
    .sort();
}

const STORY = "Tomas Berg, 41, a sacked warehouse manager, drove a lorry into the depot yard on Tuesday and locked the gates behind him.";

describe("round 31: 'Among those he held hostage was B' → the story's subject acts", () => {
  it("Among those he held hostage was the supervisor B", () => {
    expect(rows(STORY, ["Tomas Berg"], "Among those he held hostage was the night supervisor Lena Vos, who had dismissed him in March.", ["Lena Vos"])).toEqual(["Tomas Berg -held-> Lena Vos"]);
  });
  it("Among those he held was B", () => {
    expect(rows(STORY, ["Tomas Berg"], "Among those he held was Lena Vos.", ["Lena Vos"])).toEqual(["Tomas Berg -held-> Lena Vos"]);
  });
  it("Among the clerks he seized were B and C", () => {
    expect(rows(STORY, ["Tomas Berg"], "Among the clerks he seized were Lena Vos and Mark Hale.", ["Lena Vos", "Mark Hale"])).toEqual(["Tomas Berg -abducted-> Lena Vos", "Tomas Berg -abducted-> Mark Hale"]);
  });
  it("negative: no inverted 'was' (Among those he met, B spoke first: a clause of its own)", () => {
    expect(rows(STORY, ["Tomas Berg"], "Among those he met, Lena Vos spoke first.", ["Lena Vos"])).toEqual([]);
  });
  it("negative: 'she' does not stand for a man named as the story's subject", () => {
    expect(rows("Mr Berg drove a lorry into the depot yard on Tuesday and locked the gates behind him.", ["Mr Berg"], "Among those she held hostage was Lena Vos.", ["Lena Vos"])).toEqual([]);
  });
  it("negative: a game, among those he beat in the final was B (no verb of the stage)", () => {
    expect(rows(STORY, ["Tomas Berg"], "Among those he beat in the final was Lena Vos.", ["Lena Vos"])).toEqual([]);
  });
});
