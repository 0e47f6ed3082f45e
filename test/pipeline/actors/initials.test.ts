/**
 * Names written with initials (South Indian style: "P. Raghunathan", "M. Joseph Xavier"): one
 * person mention with the initial, a later "Mr. Raghunathan" or "Raghunathan" resolved to it in
 * the article, and a lone surname in another article joined to it. Sentences run through stage
 * 02, as in the pipeline. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle} from "../../fixtures/actors/make-article.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

const empty = emptyContext();

function mentions(text: string): Mention[] {
  const article = makeArticle(text, {published: "2024-03-04"});
  return findMentions(article, splitSentences(article), empty);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}`).join("; ");

describe("stage 04: a name led by an initial is one person mention", () => {
  it.each<[string, string, string, string]>([
    ["after a title", "The stranded weavers were met by Handloom Minister P. Raghunathan at the station.", "P. Raghunathan", "P. Raghunathan"],
    ["initial, first name and surname after 'said'", "\"The looms were flooded,\" said M. Joseph Xavier, 54, a weaver.", "M. Joseph Xavier", "M. Joseph Xavier"],
    ["after a lowercase title", "The weavers' cooperative president T. Kannan called for compensation.", "T. Kannan", "T. Kannan"],
    ["a later 'Mr.' takes the full name", "Handloom Minister P. Raghunathan visited Erode. Mr. Raghunathan promised relief.", "Raghunathan", "P. Raghunathan"],
    ["a two-letter Russian initial", "The release was confirmed by Yu. Petrenko, the camp's deputy chief, on Monday.", "Yu. Petrenko", "Yu. Petrenko"],
    ["a later lone surname takes the full name", "The cooperative president T. Kannan wrote to the board. Kannan said dues were unpaid.", "Kannan", "T. Kannan"]
  ])("%s", (_label, text, surface, name) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.name === name && m.kind === "person"), show(ms)).toBe(true);
    // The initial never stands alone as a name.
    expect(ms.some((m) => /^[A-Z]\.?$/.test(m.text)), show(ms)).toBe(false);
  });

  it.each<[string, string, string]>([
    ["a plural noun after a lone letter opens a sentence stage 02 kept", "Flood waters reached Block C. Residents moved to the school.", "Block C. Residents"],
    ["nor after a grade letter", "The dam was rated Grade B. Engineers disagreed with the rating.", "Grade B. Engineers"],
    ["a letter after a capitalised word ends a sentence stage 02 kept", "The miners were trapped in Shaft D. Water kept rising on Friday.", "Shaft D. Water"],
    ["also before a singular word", "The trawler was towed to Pier K. Local fishermen watched from the quay.", "Pier K. Local"],
    ["a known first name before the letter, a common word after", "The crowd chanted for Daniel Q. Police then closed the square.", "Daniel Q. Police"]
  ])("%s → no glued name", (_label, text, glued) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === glued), show(ms)).toBe(false);
  });

  it("the person named after a letter that ends a sentence is found whole", () => {
    const ms = mentions("The guards moved the nurse to Ward E. Leila Marwan was released on Sunday.");
    expect(ms.some((m) => m.text === "Leila Marwan" && m.kind === "person"), show(ms)).toBe(true);
  });

  it.each<[string, string, string]>([
    ["a middle initial after a known first name", "The talks were led by Daniel T. Okoro on Monday.", "Daniel T. Okoro"],
    ["initials in a row", "The appeal was signed by M. K. Menon of the weavers' union.", "M. K. Menon"],
    ["an initial after an abbreviated title", "The rescue was led by Dr. S. Varadan on Monday.", "S. Varadan"]
  ])("%s stays one name", (_label, text, surface) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text.endsWith(surface) && m.kind === "person"), show(ms)).toBe(true);
  });
});

describe("stage 09: a name with an initial and the lone surname elsewhere", () => {
  function ids(articles: string[][]): string[] {
    const xs = articles.map((ns, i) => makeExtraction(`a${i}`, `outlet${i}`, ns.map((n) => [n] as [string])));
    return mergeActors(xs, empty).mentionActors.flat();
  }

  it("a lone surname in another article joins the one name with an initial", () => {
    expect(new Set(ids([["P. Raghunathan"], ["Raghunathan"]])).size).toBe(1);
  });

  it("two initials of one surname stay two people (a father and a son)", () => {
    expect(new Set(ids([["P. Raghunathan"], ["L. Raghunathan"]])).size).toBe(2);
  });

  it("an initial joins the one full name whose given name starts with it, which names the actor", () => {
    const xs = [makeExtraction("a0", "o0", [["Yu. Petrenko"]]), makeExtraction("a1", "o1", [["Yuliya Petrenko"]])];
    const {actors, mentionActors} = mergeActors(xs, empty);
    expect(mentionActors[0][0]).toBe(mentionActors[1][0]);
    expect(actors.find((a) => a.actorId === mentionActors[0][0])?.name).toBe("Yuliya Petrenko");
  });

  it.each<[string, string[][], number]>([
    ["two given names fit the initial: left alone", [["Yu. Petrenko"], ["Yuliya Petrenko"], ["Yurii Petrenko"]], 3],
    ["the initial is another letter", [["K. Petrenko"], ["Yuliya Petrenko"]], 2],
    ["one relative fits, the other does not", [["P. Raghunathan"], ["Prakash Raghunathan"], ["Lakshmi Raghunathan"]], 2],
    // One definition of an initial (tokens.ts isInitialWord): a two-letter word is one only when it
    // romanises one letter ("Yu."), so an abbreviated title or place word left in a name is none.
    ["an abbreviation that is no initial ('Dr.') is not joined as one", [["Dr. Volynets"], ["Dragan Volynets"]], 2]
  ])("%s", (_label, articles, actors) => {
    expect(new Set(ids(articles)).size).toBe(actors);
  });
});
