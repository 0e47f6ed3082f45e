import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {findEvents} from "../../../src/pipeline/stages/06-events.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import type {DateMention, Mention, Sentence} from "../../../src/pipeline/types.ts";
import {emptyCtx, makeArticle, mentionsFrom, datesFrom} from "./helpers.ts";

/** Plausible news sentences (own subjects) with their mentions and dates. */
const PARAGRAPH: [string, string[], string[]][] = [
  ["Rescuers freed 40 villagers trapped by floodwater in Ravenna on Sunday, the civil protection agency said.", ["Ravenna:place"], ["on Sunday=2025-05-18"]],
  ["The National Mineworkers Union negotiated with Northfield Coal for three days before a mediator brokered a deal.", ["National Mineworkers Union:organization", "Northfield Coal:organization"], []],
  ["Karen Petrosyan was released by Azerbaijan on Thursday as part of a prisoner exchange mediated by the European Union.", ["Karen Petrosyan", "Azerbaijan:country", "European Union:organization"], ["on Thursday=2023-12-07"]],
  ["Chancellor Weber met President Osei in Accra, where they discussed the drought and the upcoming summit.", ["Chancellor Weber", "President Osei", "Accra:place"], []],
  ["Investigators said the plane crashed shortly after take-off, killing all 62 people on board, and the airline issued a statement.", [], []],
  ["The UN called on both sides to respect the truce, while Amnesty International criticized the army over the arrests.", ["UN:organization", "Amnesty International:organization"], []],
  ["Shares in the company fell 6 percent in trading on Wednesday as analysts weighed the cost of the strike.", [], ["on Wednesday=2025-11-26"]]
];

function bigArticle(targetBytes: number): {article: ReturnType<typeof makeArticle>["article"]; sentences: Sentence[]; mentions: Mention[]; dates: DateMention[]} {
  const lines: string[] = [];
  let size = 0;
  while (size < targetBytes) for (const [s] of PARAGRAPH) {
    lines.push(s);
    size += s.length + 1;
  }
  const {article, sentences} = makeArticle(lines);
  const mentions: Mention[] = [];
  const dates: DateMention[] = [];
  sentences.forEach((sentence, i) => {
    const [, m, d] = PARAGRAPH[i % PARAGRAPH.length];
    mentions.push(...mentionsFrom(sentence, m));
    dates.push(...datesFrom(sentence, d));
  });
  return {article, sentences, mentions, dates};
}

// Speed is measured by `npm run bench`, not asserted here: these tests check behaviour on
// large and hostile inputs; the test timeout is what catches a quadratic blow-up.
describe("stages 06 + 07: volume and robustness", () => {
  it("find events and interactions across 2 MB of plausible news text", () => {
    const {article, sentences, mentions, dates} = bigArticle(2_000_000);
    const events = findEvents(article, sentences, dates, mentions, emptyCtx);
    const interactions = findInteractions(article, sentences, dates, mentions, emptyCtx);
    expect(events.length).toBeGreaterThan(sentences.length);
    expect(interactions.length).toBeGreaterThan(sentences.length / 3);
  });

  it("never throw on arbitrary strings, mentions and dates", () => {
    fc.assert(
      fc.property(fc.string({maxLength: 300}), fc.array(fc.nat(300), {maxLength: 8}), (text, cuts) => {
        const {article, sentences} = makeArticle([text]);
        const s = sentences[0];
        const mentions: Mention[] = cuts.map((c, k) => ({
          sentenceIndex: 0, start: Math.min(c, text.length), end: Math.min(c + 1 + k, text.length), text: "x", name: `n${k}`,
          kind: (["person", "organization", "country", "place", "group", "media"] as const)[k % 6], gazetteerName: null, via: "fuzz", title: null
        }));
        const dates: DateMention[] = cuts.slice(0, 2).map((c) => ({sentenceIndex: 0, start: Math.min(c, text.length), end: text.length, text: "d", date: "2024-01-01", precision: "day", basis: "explicit"}));
        const events = findEvents(article, sentences, dates, mentions, emptyCtx);
        const rows = findInteractions(article, sentences, dates, mentions, emptyCtx);
        for (const e of events) expect(article.text.slice(e.start, e.end)).toBe(e.trigger);
        for (const r of rows) expect(r.start).toBeGreaterThanOrEqual(s.start);
      }),
      {seed: 20251013, numRuns: 300}
    );
  });

  it("a 1 MB line of trigger words and punctuation completes with spans inside the text", () => {
    const unit = "Rebels attacked, freed and met Ana Souza; the army (AB) killed, who was released by X, and ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const {article, sentences} = makeArticle([text]);
    const mentions: Mention[] = [];
    for (let at = text.indexOf("Ana Souza"); at >= 0 && mentions.length < 20000; at = text.indexOf("Ana Souza", at + 1)) {
      mentions.push({sentenceIndex: 0, start: at, end: at + 9, text: "Ana Souza", name: "Ana Souza", kind: "person", gazetteerName: null, via: "t", title: null});
    }
    const events = findEvents(article, sentences, [], mentions, emptyCtx);
    const rows = findInteractions(article, sentences, [], mentions, emptyCtx);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(text.slice(e.start, e.end)).toBe(e.trigger);
    for (const r of rows) expect(r.end).toBeLessThanOrEqual(text.length);
  });
});
