/**
 * Stage 07 on invented sentences (session 33): trips. An envoy's landing or arrival in a named place is a visit ("A
 * landed in X", "A arrives in X on Tuesday"), except a freed captive's way home: a release word in the sentence, or a
 * traveller the article tells was freed, held or seized. A delegation's trip is also its sender's: "the visit of a X
 * delegation headed by P to Y" and "P led a X delegation to Y" → P visited Y and X visited Y.
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "an envoy landed in X → visited X": {
    s: "The deputy foreign minister, Pavel Orlik, landed in Dushanbe on March 4.",
    m: ["Pavel Orlik", "Dushanbe:place"],
    rows: ["Pavel Orlik -visited-> Dushanbe"]
  },
  "A arrives in X on <weekday> (present) → visited X": {
    s: "Foreign Minister Lena Varga, who chaired both rounds, arrives in Vientiane on Tuesday.",
    m: ["Lena Varga", "Vientiane:place"],
    rows: ["Lena Varga -visited-> Vientiane"]
  },
  "negative: a landing the sentence tells as a way home after a release": {
    s: "Tom Berg landed in Oslo late on Wednesday, a day after the militia released him.",
    m: ["Tom Berg", "Oslo:place"],
    rows: []
  },
  "negative: a plane lands (no person)": {
    s: "The Velmar Air plane landed in Dushanbe at noon.",
    m: ["Velmar Air:organization", "Dushanbe:place"],
    rows: []
  },
  "P led a X delegation to Y → P visited Y, X visited Y": {
    s: "Omar Saleh led a Sahel Front delegation to Niamey last month.",
    m: ["Omar Saleh", "Sahel Front:group", "Niamey:place"],
    rows: ["Omar Saleh -visited-> Niamey", "Sahel Front -visited-> Niamey"]
  },
  "negative: 'the group's delegation' names no sender: P alone visited Y": {
    s: "Omar Saleh, who led the group's delegation to Niamey, was received by the prime minister.",
    m: ["Omar Saleh", "Niamey:place"],
    rows: ["Omar Saleh -visited-> Niamey"]
  }
};

describe("session 33: trips", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));

  it("negative: a person the article tells was freed lands in X: no visit", () => {
    const {article, sentences} = makeArticle(["The Sahel Front freed Tom Berg on Monday.", "Mr Berg landed in Oslo on Wednesday."]);
    const mentions = [...mentionsFrom(sentences[0], ["Sahel Front:group", "Tom Berg"]), ...mentionsFrom(sentences[1], ["Mr Berg", "Oslo:place"])];
    const rows = findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`);
    expect(rows).toEqual(["Sahel Front -released-> Tom Berg"]);
  });

  it("an envoy landing in an article that frees someone else is still a visit", () => {
    const {article, sentences} = makeArticle(["The Sahel Front freed Tom Berg on Monday.", "Pavel Orlik landed in Niamey on Wednesday."]);
    const mentions = [...mentionsFrom(sentences[0], ["Sahel Front:group", "Tom Berg"]), ...mentionsFrom(sentences[1], ["Pavel Orlik", "Niamey:place"])];
    const rows = findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`);
    expect(rows).toEqual(["Sahel Front -released-> Tom Berg", "Pavel Orlik -visited-> Niamey"]);
  });
});

describe("session 33: a freed captive's later trip", () => {
  it("a person the article tells was freed arrived in X from Y: a visit (a trip after the release, not the way home)", () => {
    const {article, sentences} = makeArticle(["The Sahel Front freed Tom Berg in May.", "Mr Berg arrived in Oslo on Monday from Accra."]);
    const mentions = [...mentionsFrom(sentences[0], ["Sahel Front:group", "Tom Berg"]), ...mentionsFrom(sentences[1], ["Mr Berg", "Oslo:place", "Accra:place"])];
    const rows = findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`);
    expect(rows).toEqual(["Sahel Front -released-> Tom Berg", "Mr Berg -visited-> Oslo"]);
  });
});
