import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

function run(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-01"}), makeSentences(text), emptyContext());
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}`).join("; ");

describe("stage 04: an all-caps quoted slogan is not a name", () => {
  it.each<[string, string, string]>([
    ["a verb inside", 'Villagers painted "WATER IS LIFE" on the dam wall.', "WATER IS LIFE"],
    ["a negation inside", 'Strikers chanted "NO MORE CUTS" outside the mill.', "NO MORE CUTS"],
    ["three capitalised words", 'The banner read "SAVE OUR HARBOUR" in red.', "SAVE OUR HARBOUR"],
    ["a first name and a verb", 'Her brother posted "MARTA IS HOME" after the rescue.', "MARTA IS HOME"]
  ])("%s", (_label, text, slogan) => {
    const ms = run(text);
    expect(ms.some((m) => m.text === slogan), show(ms)).toBe(false);
  });

  it("an acronym in capitals is still a name ('UNHCR')", () => {
    const ms = run('He said "UNHCR" sent tents to the flooded valley.');
    expect(ms.some((m) => m.text === "UNHCR"), show(ms)).toBe(true);
  });

  it("a capitalised organisation with an organisation word is still a name", () => {
    const ms = run("The DOCK WORKERS UNION called a strike.");
    expect(ms.some((m) => m.text === "DOCK WORKERS UNION" && m.kind === "organization"), show(ms)).toBe(true);
  });
});
