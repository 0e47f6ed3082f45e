import {describe, expect, it} from "vitest";
import {findEvents} from "../../../src/pipeline/stages/06-events.ts";
import {datesFrom, emptyCtx, makeArticle} from "./helpers.ts";

// Invented lines. A line below the title that the sentence stage marked as a headline but that is
// written as prose (an opening article and an auxiliary, which headline grammar drops, and twelve
// words or more) is the standfirst: its events count.

function eventsOf(title: string, second: string, date: string): string[] {
  const {article, sentences} = makeArticle([{text: title, kind: "headline"}, {text: second, kind: "headline"}, "Rescuers worked through the night."]);
  return findEvents(article, sentences, datesFrom(sentences[1], [date]), [], emptyCtx).map((e) => `${e.type}:${e.trigger}=${e.date}`);
}

describe("a prose line marked headline below the title yields events", () => {
  it("mine standfirst: 'The two miners were rescued by the army on Monday night; ...'", () => {
    const out = eventsOf(
      "Miners rescued after nine days underground",
      "The two miners were rescued by the army on Monday night at the company's request; a third man is still missing",
      "Monday=2025-10-13"
    );
    expect(out).toContain("release:rescued=2025-10-13");
  });
});

describe("negatives: headline grammar stays a headline", () => {
  it("an article but no auxiliary ('The two miners rescued by army on Monday night ...')", () => {
    const out = eventsOf("Flooded pit", "The two miners rescued by army on Monday night after nine days underground in flooded pit", "Monday=2025-10-13");
    expect(out).toEqual([]);
  });
  it("a short line with an auxiliary ('The miners were rescued on Monday')", () => {
    expect(eventsOf("Flooded pit", "The miners were rescued on Monday", "Monday=2025-10-13")).toEqual([]);
  });
  it("the title itself, however written, yields none", () => {
    const {article, sentences} = makeArticle([
      {text: "The two miners were rescued by the army on Monday night at the company's request after nine days", kind: "headline"},
      "Rescuers worked through the night."
    ]);
    expect(findEvents(article, sentences, datesFrom(sentences[0], ["Monday=2025-10-13"]), [], emptyCtx)).toEqual([]);
  });
  it("review 22, F23: a standfirst the lede restates word for word gives its events once", () => {
    const {article, sentences} = makeArticle([
      {text: "Hostages freed in Mali", kind: "headline"},
      {text: "The two engineers were freed by rebels on Sunday after months of talks in Doha and Algiers", kind: "headline"},
      "The two engineers were freed by rebels on Sunday after months of talks in Doha and Algiers, officials said."
    ]);
    const events = findEvents(article, sentences, [], [], emptyCtx);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.sentenceIndex === 2)).toBe(true);
  });
});
