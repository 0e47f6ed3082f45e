/**
 * Stage 07 on invented sentences (round 22): "B's <kin>, C, <verb> him" — the subject C is B's
 * relative named in apposition, so the object pronoun stands for B (arguments.ts objectPronoun;
 * find-interactions.ts ownTargets, kinApposed):
 * - "Mr Okello's wife, Ruth Okello, met him at the airport" → Ruth Okello met Okello;
 * - "Ivar Moe's mother, Elena Voss, thanked him" → Elena Voss thanked Ivar Moe.
 * Negative: a possessed thing, no relative ("B's name had been on the lists before X agreed to
 * free him") keeps the pronoun's person out (the act is told about B's name).
 */
import {describe, expect, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mention} from "../events/helpers.ts";

/** Rows of a two-sentence article; mentions as [sentence, text] (persons). */
function rows2(lines: [string, string], ms: [number, string][]): string[] {
  const {article, sentences} = makeArticle(lines);
  const mentions = ms.map(([k, text]) => mention(sentences[k], text));
  return findInteractions(article, sentences, [], mentions, emptyCtx)
    .map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`)
    .sort();
}

const cases: Record<string, Case> = {
  "B's wife, C, met him → C met B": {
    s: "Mr Okello's wife, Ruth Okello, met him at Entebbe airport on Sunday night.",
    m: ["Okello", "Ruth Okello", "Entebbe:place"],
    rows: ["Ruth Okello -met-> Okello"]
  },
  "B's mother, C, thanked him → C thanked B": {
    s: "Ivar Moe's mother, Elena Voss, thanked him on the quay.",
    m: ["Ivar Moe", "Elena Voss"],
    rows: ["Elena Voss -thanked-> Ivar Moe"]
  },
  "negative (lists): B's name … before X agreed to free him": {
    s: "Ivar Moe's name had been on the lists nine times before the Sand Wolves agreed to free him.",
    m: ["Ivar Moe", "Sand Wolves:group"],
    rows: []
  }
};

describe("stage 07 (round 22): B's relative, C, met him", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
  // Review 22, F20: with "thanked" the host named in the sentence before keeps "him".
  it("negative (review 22 F20): Ruto received B. B's wife, C, thanked him → no row for B", () => {
    expect(
      rows2(
        ["President Ruto received Paul Otieno at State House on Monday.", "Otieno's wife, Jane Otieno, thanked him for the support."],
        [[0, "Ruto"], [0, "Paul Otieno"], [1, "Otieno"], [1, "Jane Otieno"]]
      )
    ).not.toContain("Jane Otieno -thanked-> Otieno");
  });
  it("negative (review 22 F20): A welcomed B. B's mother, C, embraced him and thanked him → met B, thanked not B", () => {
    const rows = rows2(
      ["Macron welcomed the freed hostage Tom Hale in Paris.", "Hale's mother, Ann Hale, embraced him and thanked him for his efforts."],
      [[0, "Macron"], [0, "Tom Hale"], [1, "Hale"], [1, "Ann Hale"]]
    );
    expect(rows).toContain("Ann Hale -met-> Hale");
    expect(rows).not.toContain("Ann Hale -thanked-> Hale");
  });
  it("B's wife, C, met him after a host was named: still B", () => {
    expect(
      rows2(
        ["President Ruto received Paul Otieno at State House on Monday.", "Otieno's wife, Jane Otieno, met him at the gate."],
        [[0, "Ruto"], [0, "Paul Otieno"], [1, "Otieno"], [1, "Jane Otieno"]]
      )
    ).toContain("Jane Otieno -met-> Otieno");
  });
});
