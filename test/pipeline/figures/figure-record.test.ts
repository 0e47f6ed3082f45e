/**
 * Figures are built by a constructor (FigureRecord), not an object literal, so no allocation-site decision throws
 * stage 05's compiled code away. The tables and JSON read a figure's fields in the order the literal had: these
 * cases pin that order and the values.
 */
import {describe, expect, it} from "vitest";
import {FigureRecord} from "../../../src/pipeline/figures/figure-record.ts";
import {findFigures} from "../../../src/pipeline/stages/05-figures.ts";
import {makeArticle, naiveSentences} from "./helpers.ts";
import type {Context} from "../../../src/pipeline/types.ts";

describe("FigureRecord", () => {
  it("has Figure's fields in the literal's order", () => {
    const f = new FigureRecord(0, 12, 14, "33", 33, null, null, "exact", "hostages_released", "hostages", "Hamas", null, "2025-10-13", "planned", false, "cue");
    expect(Object.keys(f)).toEqual([
      "sentenceIndex", "start", "end", "quote", "value", "low", "high", "qualifier", "category", "groupLabel", "attribution",
      "period", "asOf", "modality", "vague", "rule"
    ]);
    expect(JSON.stringify(f)).toBe(
      '{"sentenceIndex":0,"start":12,"end":14,"quote":"33","value":33,"low":null,"high":null,"qualifier":"exact","category":"hostages_released","groupLabel":"hostages","attribution":"Hamas","period":null,"asOf":"2025-10-13","modality":"planned","vague":false,"rule":"cue"}'
    );
  });

  it("is what stage 05 returns, in a list of its own per article", () => {
    const text = "Hamas freed 33 hostages on Monday. Troops killed 12 gunmen.";
    const article = makeArticle(text);
    const sentences = naiveSentences(text);
    const first = findFigures(article, sentences, [], [], {} as Context);
    const second = findFigures(article, sentences, [], [], {} as Context);
    expect(first.map((f) => f.quote)).toEqual(["33", "12"]);
    expect(first[0]).toBeInstanceOf(FigureRecord);
    // The collecting list is reused: each call's answer is a copy, not that list.
    expect(second).not.toBe(first);
    expect(first).toHaveLength(2);
  });
});
