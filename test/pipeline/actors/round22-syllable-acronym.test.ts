/**
 * Stage 04, round 22: a name followed by a syllable acronym in parentheses, made of the first one to
 * three letters of each capitalised word ("the Cooperative for the Renewal of Kasai (COREKA)"), is
 * one organisation's name, as an initials acronym already made it. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const empty = emptyContext();
function mentions(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), empty);
}
const texts = (text: string) => mentions(text).map((m) => m.text);

describe("a syllable acronym defines the name before it", () => {
  it("militia: 'the Cooperative for the Renewal of Kasai (COREKA)' is one name", () => {
    expect(texts("Gunmen of the Cooperative for the Renewal of Kasai (COREKA) burned two villages on Friday.")).toContain("Cooperative for the Renewal of Kasai");
  });
  it("guides' body: 'the Cooperative of Mountain Guides (COMOGU)' is one name, and one actor with its acronym", () => {
    const text = "The Cooperative of Mountain Guides (COMOGU) suspended all climbs on Sunday. COMOGU said the glacier was unsafe.";
    expect(texts(text)).toContain("Cooperative of Mountain Guides");
    const actor = mergeActors([foundMentions(text, "a1")], empty).actors.find((a) => a.aliases.includes("COMOGU"));
    expect(actor?.aliases).toContain("Cooperative of Mountain Guides");
  });
});

describe("negatives", () => {
  it("letters out of the words' order spell nothing: 'Cooperative … Kasai (CKRA)'", () => {
    expect(texts("Gunmen of the Cooperative for the Renewal of Kasai (CKRA) burned two villages.")).not.toContain("Cooperative for the Renewal of Kasai");
  });
  it("a capitalised word that gives no letter: 'Cooperative for Peace and Democracy of Kasai (COPEKA)'", () => {
    expect(texts("On Monday, fighters of the Cooperative for Peace and Democracy of Kasai (COPEKA) withdrew.")).not.toContain("Cooperative for Peace and Democracy of Kasai");
  });
  it("more than three letters of a word is no syllable: 'the Renewal of Kasai (RENEWKA)'", () => {
    expect(texts("Gunmen of the Renewal of Kasai (RENEWKA) burned two villages.")).not.toContain("Renewal of Kasai");
  });
});

describe("the syllable-acronym search stays polynomial (review 22, F9)", () => {
  // 24 repeated words before an acronym that fails only at its last letter: every split of the
  // letters among the words was tried once per path (minutes); each (word, letter) state now once.
  // (The old search took over a minute on this line, past the test timeout.)
  it("hostile: 'The Aaa Aaa … (AAA…AB)' finishes, the words a mention of their own and the acronym no alias of them", () => {
    const words = Array(24).fill("Aaa").join(" ");
    const text = `The ${words} (${"A".repeat(47)}B) met on Monday.`;
    expect(texts(text)).toContain(words);
    const actor = mergeActors([foundMentions(text, "a1")], empty).actors.find((a) => a.aliases.includes(words));
    expect(actor?.aliases).not.toContain("A".repeat(47) + "B");
  });
});

describe("a place's code is no syllable acronym (review 22, F10)", () => {
  it("negative: 'Port Moresby (POM)' stays a place, not an organisation", () => {
    const text = "Flights from Kuala Lumpur (KUL) to Port Moresby (POM) were cancelled on Monday.";
    const ms = mentions(text).filter((m) => m.text === "Port Moresby");
    expect(ms.length).toBe(1);
    expect(ms[0].kind).not.toBe("organization");
  });
});
