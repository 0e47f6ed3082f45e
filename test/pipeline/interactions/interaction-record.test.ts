/**
 * Interaction rows are built by a constructor (InteractionRecord), not an object literal, so no
 * allocation-site decision throws stage 07's compiled code away. The tables and JSON read a row's
 * fields in the order the literal had: this case pins that order.
 */
import {describe, expect, it} from "vitest";
import {InteractionRecord} from "../../../src/pipeline/interactions/interaction-record.ts";

describe("InteractionRecord", () => {
  it("has InteractionMention's fields in the literal's order", () => {
    const r = new InteractionRecord(1, 0, 24, 3, 5, "released", "freed", null, "reported", "active-direct");
    expect(JSON.stringify(r)).toBe('{"sentenceIndex":1,"start":0,"end":24,"sourceMention":3,"targetMention":5,"type":"released","verb":"freed","date":null,"modality":"reported","rule":"active-direct"}');
  });
});
