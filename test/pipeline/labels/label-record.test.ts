/**
 * Labels are built by a constructor (LabelRecord), not an object literal, so no allocation-site
 * decision throws stage 08's compiled code away. The tables and JSON read a label's fields in the
 * order the literal had: this case pins that order.
 */
import {describe, expect, it} from "vitest";
import {LabelRecord} from "../../../src/pipeline/labels/label-record.ts";

describe("LabelRecord", () => {
  it("has LabelMention's fields in the literal's order", () => {
    const l = new LabelRecord(2, 10, 38, 4, "Palestinian militant group", "prenominal");
    expect(JSON.stringify(l)).toBe('{"sentenceIndex":2,"start":10,"end":38,"mention":4,"label":"Palestinian militant group","rule":"prenominal"}');
  });
});
