/**
 * Round 33: "A thanked Ruritania's interior minister, Obuya, and B, whom she had met": a one-word name in commas
 * after a lowercase title head is a person (stage 04); the opening subject is the pronoun after "whom" even with
 * earlier members of the list the head closes; and after ", and" closing an earlier member's apposition the relative
 * is about its head alone. Invented sentences.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A thanked X's minister, C, and B, whom she had met → thanked C, B; met B": {
    s: "Ana Obi thanked Kenya's interior minister, Kindiki, and Tom Berg, whom she had met in Accra, after the final.",
    m: ["Ana Obi", "Kenya:country", "Kindiki", "Tom Berg", "Accra:place"],
    rows: ["Ana Obi -thanked-> Kindiki", "Ana Obi -thanked-> Tom Berg", "Ana Obi -met-> Tom Berg"]
  },
  "A thanked C and B, whom she met → met both (a plain list heads the relative)": {
    s: "Ana Obi thanked Ken Iwu and Tom Berg, whom she had met in Accra, after the final.",
    m: ["Ana Obi", "Ken Iwu", "Tom Berg"],
    rows: ["Ana Obi -thanked-> Ken Iwu", "Ana Obi -thanked-> Tom Berg", "Ana Obi -met-> Ken Iwu", "Ana Obi -met-> Tom Berg"]
  },
  "negative: another person before the verb may be the pronoun's: no relative row": {
    s: "Ana Obi told Ruth Bello that Tom Berg, whom she had met in Accra, would pay.",
    m: ["Ana Obi", "Ruth Bello", "Tom Berg"],
    rows: []
  },
  "negative: 'A thanked C and said she had met B' keeps C a possible 'she'": {
    s: "Ana Obi thanked Ruth Bello and said she had met Tom Berg.",
    m: ["Ana Obi", "Ruth Bello", "Tom Berg"],
    rows: ["Ana Obi -thanked-> Ruth Bello"]
  }
};

describe("round 33: a relative after a list with an apposed member", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));

  it("stage 04: one word in commas after a lowercase title head is a person", () => {
    const text = "After the final Ana Obi thanked Kenya's interior minister, Kindiki, and Tom Berg on the pitch.";
    const ms = findMentions(makeArticle(text), makeSentences(text), emptyContext());
    expect(ms.find((m) => m.text === "Kindiki")?.kind).toBe("person");
  });

  it("negative stage 04: one word in commas after a lowercase non-title noun stays no person", () => {
    const text = "The club thanked its sponsor, Vodalink, and the fans.";
    const ms = findMentions(makeArticle(text), makeSentences(text), emptyContext());
    expect(ms.find((m) => m.text === "Vodalink")?.kind).not.toBe("person");
  });
});
