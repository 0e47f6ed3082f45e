import {describe, expect, it} from "vitest";
import {findEvents} from "../../../src/pipeline/stages/06-events.ts";
import {datesFrom, emptyCtx, makeArticle} from "./helpers.ts";

// Session 32, invented lines: a standfirst below the title whose only auxiliary is the present copula ("is", "are"),
// which headline grammar drops too, is prose: its events count.

function eventsOf(title: string, second: string, date: string): string[] {
  const {article, sentences} = makeArticle([{text: title, kind: "headline"}, {text: second, kind: "headline"}, "Rescuers worked through the night."]);
  return findEvents(article, sentences, datesFrom(sentences[1], [date]), [], emptyCtx).map((e) => `${e.type}:${e.trigger}=${e.date}`);
}

describe("a standfirst with the present copula", () => {
  it("'The two nurses crossed out of the Sahel on Tuesday afternoon; their driver is still held by the rebels'", () => {
    const out = eventsOf("Nurses home after a year", "The two nurses crossed out of the Sahel on Tuesday afternoon; their driver is still held by the rebels", "Tuesday=2025-10-14");
    expect(out.some((e) => e.endsWith("=2025-10-14"))).toBe(true);
  });
  it("negative: headline grammar with no copula stays a headline", () => {
    const out = eventsOf("Nurses home", "The two nurses freed in the Sahel on Tuesday afternoon after a year, driver still held by the rebels", "Tuesday=2025-10-14");
    expect(out).toEqual([]);
  });
  it("negative: a short line with 'is' stays a headline", () => {
    expect(eventsOf("Nurses home", "The driver is still held on Tuesday", "Tuesday=2025-10-14")).toEqual([]);
  });
});
