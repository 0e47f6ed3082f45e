/**
 * Interaction rows are built by a constructor (InteractionRecord), not an object literal, so no
 * allocation-site decision throws stage 07's compiled code away. The tables and JSON read a row's
 * fields in the order the literal had: this case pins that order.
 */
import {describe, expect, it} from "vitest";
import {InteractionRecord} from "../../../src/pipeline/interactions/interaction-record.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";

describe("InteractionRecord", () => {
  it("has InteractionMention's fields in the literal's order", () => {
    const r = new InteractionRecord(1, 0, 24, 3, 5, "released", "freed", null, "reported", "active-direct");
    expect(JSON.stringify(r)).toBe('{"sentenceIndex":1,"start":0,"end":24,"sourceMention":3,"targetMention":5,"type":"released","verb":"freed","date":null,"modality":"reported","rule":"active-direct"}');
  });

  it("is what stage 07 returns, in a list of its own per call (its collecting list is reused)", () => {
    const {article, sentences} = makeArticle(["Rebels freed Ana Lima and met Ruth Obi."]);
    const mentions = mentionsFrom(sentences[0], ["Rebels:group", "Ana Lima", "Ruth Obi"]);
    const first = findInteractions(article, sentences, [], mentions, emptyCtx);
    const second = findInteractions(article, sentences, [], mentions, emptyCtx);
    expect(first.length).toBeGreaterThan(0);
    expect(first[0]).toBeInstanceOf(InteractionRecord);
    expect(second).not.toBe(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    // A later call with no rows leaves the earlier answer as it was.
    const none = findInteractions(article, sentences, [], [], emptyCtx);
    expect(none).toEqual([]);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
  });
});
