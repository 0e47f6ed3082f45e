/**
 * Stage 04 for stage 07's endpoints, round 32 (actors): a given name the first-name list lacks, then a middle initial
 * and a surname, is one person when the given name follows a title or opens the sentence: "general secretary
 * Ottaviano R. Lindqvist blamed …" (actors/tokens.ts initialAfter → unknownGivenName: the initial's period keeps to
 * the letter). Before, the name broke at the initial into a person "Ottaviano R" and a body "Lindqvist", and a row
 * with the party leader had the wrong endpoint.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function mentions(text: string): Mention[] {
  const article = makeArticle(text);
  return findMentions(article, splitSentences(article), empty);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}/${m.kind}`).join("; ");

describe("round 32: an unknown given name with a middle initial is one person", () => {
  it.each<[string, string, string]>([
    ["after a title", "Party general secretary Ottaviano R. Lindqvist blamed the city council for the delays.", "Ottaviano R. Lindqvist"],
    ["opening the sentence", "Ottaviano R. Lindqvist met the striking dockers on Monday.", "Ottaviano R. Lindqvist"],
    ["after a rank", "Inspector Veerasamy T. Kannadasan led the search of the flooded mine.", "Veerasamy T. Kannadasan"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.kind === "person"), show(ms)).toBe(true);
  });

  it.each<[string, string, string]>([
    ["negative: a place's letter after a preposition ends the sentence stage 02 kept", "The prisoners were held in Cell D. Staff said they were safe.", "Cell D. Staff"],
    ["negative: an all-capitals body before a letter is no given name", "The court heard that ZANU K. Moyo had resigned.", "ZANU K. Moyo"],
    ["negative: after a lowercase word a capitalised block and letter are no name", "The ferry left from Pier C. Lindqvist said it was late.", "Pier C. Lindqvist"]
  ])("%s", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface), show(ms)).toBe(false);
  });
});
