/**
 * "Jan" is a month abbreviation (a stop word) and a given name: before a capitalised word that is no stop word,
 * after one space, it opens a person's name ("Jan Horak said"); before a digit, a period or a lowercase word it
 * stays a month. Sentences run through stage 02, as in the pipeline. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();

function mentions(text: string): Mention[] {
  const article = makeArticle(text, {published: "2024-03-04"});
  return findMentions(article, splitSentences(article), empty);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}`).join("; ");

describe("stage 04: 'Jan' before a capitalised name is a given name", () => {
  it.each<[string, string, string]>([
    ["at the start of a sentence, before 'said'", "Jan Veselý said the miners' strike would go on.", "Jan Veselý"],
    ["after a lowercase descriptor", "The activist Jan Kowalczyk was detained in Gdansk on Friday.", "Jan Kowalczyk"],
    ["as an object", "Police in Brno arrested Jan Horak after the protest.", "Jan Horak"],
    ["first of two coordinated names", "Jan Dvorak and Petr Svoboda were released by the kidnappers.", "Jan Dvorak"]
  ])("%s", (_label, text, name) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === name && m.name === name && m.kind === "person"), show(ms)).toBe(true);
  });

  it.each<[string, string]>([
    ["before a day number", "The talks resumed on Jan 5 in Geneva, the mediators said."],
    ["with a period before the day", "The ceasefire of Jan. 12, 2025, collapsed within hours."],
    ["before a year", "Bread prices rose in Jan 2024, the union said."],
    ["before a lowercase word", "Floods hit the valley in Jan and Feb, said Marta Lind."],
    ["before a weekday (a stop word)", "The strike ends on Jan Monday, a leaflet said."]
  ])("negative: %s keeps 'Jan' a month", (_label, text) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text.startsWith("Jan")), show(ms)).toBe(false);
  });
});
